namespace InterviewParser.Tests;

/// <summary>
/// Temporary folders for tests. All of a run's folders sit under one folder that is deleted when the test process
/// exits, so a run leaves nothing behind in the system's temp folder (and a killed run leaves one folder, not dozens).
/// </summary>
internal static class Scratch
{
    private static readonly Lazy<string> Root = new(CreateRoot, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new empty folder for one test; <paramref name="prefix"/> only helps a reader of a failed run.</summary>
    public static string Folder(string prefix = "t-") =>
        Directory.CreateDirectory(Path.Combine(Root.Value, prefix + Guid.NewGuid().ToString("N")[..12])).FullName;

    private static string CreateRoot()
    {
        string root = Directory.CreateTempSubdirectory("ip-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still open (a writer a test left undisposed) keeps the folder; the next run is not affected.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return root;
    }
}

using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using Xunit;

namespace InterviewParser.Tests.Blocks;

public class ElementTreeTests
{
    [Fact]
    public void An_element_is_inside_exactly_the_elements_on_its_way_up_to_the_root()
    {
        const string page = "<html><body><main><section><div><p>One.</p><ul><li>Two</li><li>Three</li></ul></div>"
            + "<aside><p>Four.</p></aside></section><section><h2>Five</h2><div><div><p>Six.</p></div></div></section></main>"
            + "<footer><p>Seven.</p></footer></body></html>";
        var elements = HtmlBlockBuilder.Build(page, CancellationToken.None).Elements;
        elements.Count.Should().BeGreaterThan(10);

        for (int e = 0; e < elements.Count; e++)
        {
            var ancestors = new HashSet<int>();
            for (int up = e; up >= 0; up = elements[up].Parent) ancestors.Add(up);
            for (int a = 0; a < elements.Count; a++)
            {
                ChromeFilter.IsInside(elements, e, a).Should().Be(ancestors.Contains(a), "element {0} ({1}) against {2} ({3})", e, elements[e].Tag, a, elements[a].Tag);
            }

            ChromeFilter.IsInside(elements, -1, e).Should().BeFalse();
        }
    }
}

using System.Buffers;

namespace InterviewParser.Chrome;

/// <summary>
/// A small multilingual lexicon of user-interface phrases (share, print, text size, follow us, cookie
/// notices, advert labels…) that are site chrome wherever they stand alone on a line.
/// </summary>
internal static class ChromeLexicon
{
    // Whole-line phrases (compared after trimming punctuation, case-insensitively).
    private static readonly HashSet<string> Whole = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "share this", "share this article", "share this story", "tweet", "email", "e-mail", "print", "comment",
        "comments", "advertisement", "advertising", "ad", "ads", "sponsored", "anzeige", "werbung", "publicidad",
        "publicité", "реклама", "read more", "more", "weiterlesen", "mehr", "leer más", "lire aussi", "lire la suite",
        "читать далее", "related", "related articles", "related stories", "related posts", "you may also like",
        "most read", "most popular", "trending", "editor picks", "editor's picks", "subscribe", "newsletter",
        "sign up", "log in", "login", "sign in", "register", "menu", "search", "suche", "buscar", "rechercher",
        "поиск", "close", "schließen", "cerrar", "fermer", "закрыть", "back to top", "top", "next", "previous",
        "teilen", "drucken", "compartir", "partager", "поделиться", "info", "home", "startseite", "inicio",
        "accueil", "главная", "skip to content", "skip to main content", "jump to content", "zum inhalt springen",
        "facebook", "twitter", "linkedin", "whatsapp", "instagram", "pinterest", "youtube", "xing", "telegram",
        "vk", "reddit", "flipboard", "copy link", "link kopieren", "mail", "kommentieren", "tweeten", "mailen",
        "accept", "accept all", "akzeptieren", "alle akzeptieren", "aceptar", "accepter", "принять", "ok",
        "view comments", "show comments", "load more", "mehr laden", "cargar más", "показать еще", "listen",
        "anhören", "escuchar", "écouter", "слушать", "video", "audio", "foto", "photo", "bild", "image", "gallery",
        "galerie", "galería", "tags", "schlagworte", "etiquetas", "теги", "themen", "topics", "temas", "темы",
        "previous article", "next article", "vorheriger artikel", "nächster artikel", "artículo anterior",
        "artículo siguiente", "follow", "abonnieren", "suscríbete", "s'abonner", "подписаться",
        "sound on", "sound off", "ton an", "ton aus",
        "play", "pause", "abstimmen", "vote", "votar", "voter", "голосовать", "options",
    };

    // Headings (or "…:" lines) that open a boilerplate section: the section goes with them.
    private static readonly string[] SectionHeads =
    [
        "copyright", "about the interview", "related", "read more", "read also", "see also", "also read", "more from", "further reading",
        "more on this", "more stories", "recommended", "you may also like", "you might also like", "about the author",
        "comments", "leave a reply", "leave a comment", "links to", "useful links", "weiterführende links", "links zum", "links zur", "verwandte themen", "verwandte artikel",
        "ähnliche artikel", "weitere artikel", "mehr zum thema", "lesen sie auch", "auch interessant",
        "das könnte sie auch interessieren", "über den autor", "über die autorin", "kommentare", "hinterlassen sie",
        "lee también", "te puede interesar", "noticias relacionadas", "artículos relacionados", "comentarios",
        "à lire aussi", "voir aussi", "sur le même sujet", "articles similaires", "commentaires", "читайте также",
        "смотрите также", "материалы по теме", "по теме", "комментарии", "похожие статьи", "more information", "further information",
        "weitere informationen", "mehr informationen", "plus d'informations", "más información", "mais informações",
    ];

    // Phrases that make a short line chrome when the line starts with them.
    private static readonly string[] Prefixes =
    [
        "text size", "textgröße", "schriftgröße", "tamaño de texto", "taille du texte", "размер текста",
        "follow us", "folgen sie uns", "síguenos", "suivez-nous", "подписывайтесь", "find us on",
        "share on", "share via", "teilen auf", "teilen per", "compartir en", "partager sur", "поделиться в",
        "read more:", "read also", "see also", "also read", "mehr zum thema", "lesen sie auch", "auch interessant",
        "lee también", "te puede interesar", "à lire aussi", "voir aussi", "читайте также", "смотрите также",
        "related:", "©", "(c) ", "copyright", "all rights reserved", "alle rechte vorbehalten",
        "todos los derechos reservados", "tous droits réservés", "все права защищены", "cookie", "we use cookies",
        "wir verwenden cookies", "diese website verwendet", "this website uses", "this site uses",
        "utilizamos cookies", "nous utilisons des cookies", "мы используем", "sign up for", "subscribe to",
        "melden sie sich", "suscríbete a", "abonnez-vous", 
        "getty images", "click here", "klicken sie hier", "haga clic", "cliquez ici", "advertisement",
        "anzeige", "werbung", "loading", "wird geladen", "cargando", "загрузка", "posted in", "filed under",
        "tagged", "kategorie:", "sound on", 
        
        
        "don't miss", "a post shared by", "ein beitrag geteilt von", "une publication partagée par",
        "una publicación compartida por", "публикация от", "личный архив", "фото из личного архива", 
        "this interview has been edited", "this interview was edited", "image of", "photo of", "picture of", "bild von", "foto von", "bilde av", "foto av", "print this", "back to", "zurück zu", "volver a", "retour à", "вернуться", "posted by", "veröffentlicht von", "publicado por", "publié par", "categories:", "skip to", "springe zu", "zur hauptnavigation", "zum inhalt",
    ];

    private static readonly SearchValues<char> TrimChars = SearchValues.Create(" .,:;!|•·-–—»«>›<‹/\\()[]{}*#+=_~\"'");

    /// <summary>Whether a line, taken alone, is a user-interface phrase.</summary>
    public static bool IsChromeLine(ReadOnlySpan<char> line)
    {
        var t = TrimPunctuation(line);
        if (t.IsEmpty)
        {
            return true;
        }

        if (t.Length <= 40 && Whole.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t))
        {
            return true;
        }

        if (t.Length > 180)
        {
            return ChromePatterns.IsCaptionWithCredit(t);
        }

        return StartsWithAny(t, PrefixIndex) || ChromePatterns.Matches(t);
    }

    // Words that name a picture or its source; compounds ending in them count too ("Titelbild", "Fotocredit"), and
    // compounds of a picture word with a source word ("Bildquelle", "Bildnachweis").
    private static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures", "credit", "credits", "source",
        "illustration", "illustrations", "graphic", "foto", "fotos", "bild", "bilder", "quelle", "grafik", "fotografie",
        "crédit", "crédits", "imagen", "imágenes", "fotografía", "fuente", "fotografia", "imagem", "фото", "источник",
    };

    private static readonly string[] CreditStems = ["bild", "foto", "fotos", "photo", "credit", "credits"];
    private static readonly string[] SourceStems = ["quelle", "nachweis", "rechte", "material", "credit", "credits"];

    /// <summary>Whether a word names a picture or its source ("Foto", "Titelbild", "Bildquelle", "Photocredit").</summary>
    public static bool IsCreditWord(ReadOnlySpan<char> word)
    {
        if (CreditWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        foreach (var stem in CreditStems)
        {
            if (word.Length > stem.Length + 2 && word.EndsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
            if (!word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var source in SourceStems)
            {
                if (word.Length == stem.Length + source.Length && word.EndsWith(source, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    private static readonly string[] CourtesyPhrases =
    [
        "courtesy of", "provided by", "zur verfügung gestellt", "mit freundlicher genehmigung", "cortesía de", "cedida por",
        "avec l'aimable autorisation", "gracieusement", "предоставлено", "предоставлены",
    ];

    /// <summary>Whether a line says that something was provided by somebody ("courtesy of", "zur Verfügung gestellt").</summary>
    public static bool MentionsCourtesy(ReadOnlySpan<char> line)
    {
        foreach (var p in CourtesyPhrases) if (line.Contains(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly HashSet<string> MinuteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minutter", "мин", "минут", "минуты",
    };

    private static readonly HashSet<string> ReadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "read", "reading", "lesezeit", "lesedauer", "lesen", "lectura", "lecture", "leitura", "lettura", "lesetid", "чтения", "чтение",
    };

    /// <summary>Whether a word is a unit of minutes ("min", "Minuten").</summary>
    public static bool IsMinuteWord(ReadOnlySpan<char> word) => MinuteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a word speaks of reading ("read", "Lesezeit").</summary>
    public static bool IsReadingWord(ReadOnlySpan<char> word) => ReadingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly HashSet<string> CallToActionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "subscribe", "support", "donate", "join", "unterstütze", "unterstützen", "unterstützt", "spende", "spenden",
        "abonniere", "abonnieren", "abonnez", "soutenez", "suscríbete", "suscribirse", "apoya", "dona", "assine", "apoie",
        "støtt", "abonner", "подпишитесь", "поддержите", "miss", "verpassen", "vote", "abstimmen", "votar", "voter",
        "голосуйте", "проголосовать", "проголосуйте", "melde", "anmelden", "register", "registrieren", "inscrivez",
        "regístrate", "inscríbete",
    };

    private static readonly HashSet<string> PublishedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "appeared", "published", "erschienen", "erschien", "veröffentlicht", "publié", "publiée", "paru", "parue", "publicado", "publicada",
        "publicou", "publisert", "опубликовано", "опубликован",
    };

    private static readonly HashSet<string> FirstWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "originally", "zuerst", "zunächst", "ursprünglich", "erstmals", "initialement", "originalement", "originalmente",
        "primeiro", "først", "впервые",
    };

    /// <summary>Whether a word says that something was published ("appeared", "erschienen").</summary>
    public static bool IsPublishedWord(ReadOnlySpan<char> word) => PublishedWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a word says "first" or "originally".</summary>
    public static bool IsFirstWord(ReadOnlySpan<char> word) => FirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly HashSet<string> TranscriptWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "transcript", "transcripts", "transkript", "transkripte", "transcripción", "transcription", "transcrição", "расшифровка",
    };

    private static readonly HashSet<string> EditorialStateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "edited", "unedited", "errors", "error", "mistakes", "rush", "generated", "automatically", "grammar", "spelling",
        "final", "bearbeitet", "korrigiert", "fehler", "automatisch", "errores", "editada", "erreurs", "ошибки",
    };

    /// <summary>Whether a word names a transcript.</summary>
    public static bool IsTranscriptWord(ReadOnlySpan<char> word) => TranscriptWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a word speaks of a text's editorial state ("edited", "errors", "rush").</summary>
    public static bool IsEditorialStateWord(ReadOnlySpan<char> word) => EditorialStateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly string[] SubscriptionWords = ["newsletter", "abo", "subscription", "membership", "mitglied", "suscripción", "abonnement", "podcast"];

    // Verbs that send the reader to more of the medium ("Read the full transcript", "Jetzt anhören"): calls to action
    // where they open or close a short line.
    private static readonly HashSet<string> MediaVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "read", "watch", "listen", "lesen", "ansehen", "anhören", "lire", "regarder", "écouter", "leer", "escuchar", "assista", "leia",
        "download", "herunterladen", "télécharger", "descargar", "baixar",
    };

    // Words that label a teaser by its medium ("VIDEO: …", "Fotostrecke: …").
    private static readonly HashSet<string> MediaLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "video", "videos", "audio", "podcast", "gallery", "galerie", "bildergalerie", "fotostrecke", "livestream", "galería", "vídeo",
        "vidéo", "видео",
    };

    /// <summary>Whether a word labels a teaser by its medium ("VIDEO", "Fotostrecke").</summary>
    public static bool IsMediaLabel(ReadOnlySpan<char> word) => MediaLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly HashSet<string> RatingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ratings", "rating", "reviews", "votes", "stars", "bewertungen", "bewertung", "stimmen", "sterne", "avis", "notes", "votos",
        "valoraciones", "estrellas", "avaliações", "оценок", "оценки", "голосов",
    };

    /// <summary>Whether a word counts ratings or votes ("Bewertungen", "reviews").</summary>
    public static bool IsRatingWord(ReadOnlySpan<char> word) => RatingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly string[] CommentCalls =
    [
        "in the comments", "in the comment section", "sound off below", "let us know below",
        "tell us below", "in den kommentaren", "dans les commentaires", "en los comentarios", "nos comentários", "в комментариях",
    ];

    /// <summary>Whether a line ends by sending the reader to the comments ("Tell us in the comments!").</summary>
    public static bool EndsWithCommentCall(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd(" .!?…".AsSpan());
        foreach (var c in CommentCalls) if (t.EndsWith(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether a word sends the reader to read, watch or listen to more.</summary>
    public static bool IsMediaVerb(ReadOnlySpan<char> word) => MediaVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a word is an imperative that asks the reader to subscribe, support or donate.</summary>
    public static bool IsCallToActionVerb(ReadOnlySpan<char> word) => CallToActionVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a line names a newsletter, subscription or membership.</summary>
    public static bool MentionsSubscription(ReadOnlySpan<char> line)
    {
        foreach (var w in SubscriptionWords) if (line.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Phrases grouped by their first letter, so a line is compared only with the phrases that can match it.
    private static readonly Dictionary<char, string[]> PrefixIndex = Index(Prefixes);
    private static readonly Dictionary<char, string[]> SectionHeadIndex = Index(SectionHeads);

    private static Dictionary<char, string[]> Index(string[] phrases) =>
        phrases.GroupBy(p => char.ToLowerInvariant(p[0])).ToDictionary(g => g.Key, g => g.ToArray());

    private static bool StartsWithAny(ReadOnlySpan<char> t, Dictionary<char, string[]> index)
    {
        if (t.IsEmpty || !index.TryGetValue(char.ToLowerInvariant(t[0]), out var candidates)) return false;
        foreach (var p in candidates)
        {
            if (t.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>Whether a heading (or a short "…:" line) opens a boilerplate section: copyright, related links, comments.</summary>
    public static bool IsChromeSectionHead(ReadOnlySpan<char> line)
    {
        var t = TrimPunctuation(line);
        return !t.IsEmpty && t.Length <= 80 && StartsWithAny(t, SectionHeadIndex);
    }

    /// <summary>Trims punctuation and separators from both ends.</summary>
    public static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && (TrimChars.Contains(s[a]) || char.IsWhiteSpace(s[a]))) a++;
        while (b > a && (TrimChars.Contains(s[b - 1]) || char.IsWhiteSpace(s[b - 1]))) b--;
        return s[a..b];
    }
}

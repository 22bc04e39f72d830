using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using InterviewParser.Languages;
using Xunit;

namespace InterviewParser.Tests.Languages;

public class VocabularyTests
{
    public static TheoryData<string> LanguageTags()
    {
        var data = new TheoryData<string>();
        foreach (var l in Vocabulary.Languages) data.Add(l.Tag);
        return data;
    }

    private static LanguageWords Language(string tag) => Vocabulary.Languages.Single(l => l.Tag == tag);

    [Fact]
    public void Every_language_has_its_own_tag()
    {
        Vocabulary.Languages.Select(l => l.Tag).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_language_guess_can_tell_every_profile_apart()
    {
        // The guesser marks a function word's languages as bits of one int.
        Vocabulary.CommonWords.Length.Should().BeInRange(1, 31);
        Vocabulary.CommonWords.SelectMany(p => p.Words).Should().OnlyContain(w => w.Length <= 16 && w == w.ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(LanguageTags))]
    public void A_language_names_all_twelve_months_or_none(string tag)
    {
        var months = Language(tag).Months;

        months.Length.Should().BeOneOf(0, 12);
        foreach (var names in months) names.Should().NotBeEmpty("every month has a name");
    }

    [Fact]
    public void A_month_name_means_the_same_month_in_every_language()
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in Vocabulary.Languages)
        {
            for (int m = 0; m < l.Months.Length; m++)
            {
                foreach (var name in l.Months[m])
                {
                    if (seen.TryGetValue(name, out int other)) other.Should().Be(m + 1, $"\"{name}\" ({l.Tag}) names one month");
                    seen[name] = m + 1;
                }
            }
        }

        Vocabulary.Months.Should().HaveCount(seen.Count);
    }

    [Theory]
    [MemberData(nameof(LanguageTags))]
    public void Two_word_phrase_groups_hold_two_words_and_credits_one_or_two(string tag)
    {
        var l = Language(tag);

        foreach (var p in l.InterviewPhrases)
        {
            p.Split(' ', StringSplitOptions.None).Should().HaveCount(2, $"\"{p}\" ({tag}) is a word pair");
        }

        foreach (var p in l.QuestionCreditPhrases)
        {
            p.Split(' ', StringSplitOptions.None).Length.Should().BeInRange(1, 2, $"\"{p}\" ({tag}) is a credit of one word or two");
        }
    }

    [Theory]
    [InlineData(Vocabulary.InterviewsVerbPatterns)]
    [InlineData(Vocabulary.InAnInterviewWithPatterns)]
    [InlineData(Vocabulary.InterviewWithPatterns)]
    [InlineData(Vocabulary.WeSpokeWithPatterns)]
    [InlineData(Vocabulary.BylinePatterns)]
    public void Joined_pattern_alternatives_are_one_valid_group(string alternatives)
    {
        var act = () => new Regex("^(?:" + alternatives + ")$", RegexOptions.None, TimeSpan.FromSeconds(1));

        act.Should().NotThrow();
        alternatives.Should().NotStartWith("|").And.NotEndWith("|").And.NotContain("||", "every language adds alternatives, none empty");
    }

    [Fact]
    public void Every_word_of_every_language_reaches_the_joined_group()
    {
        // Each string-array group of a language is read by the rules through Vocabulary's field of the same name.
        int groups = 0;
        foreach (var property in typeof(LanguageWords).GetProperties().Where(p => p.PropertyType == typeof(string[])))
        {
            // Pattern groups are joined into regular expressions, word pairs into tuples, common words per language.
            if (typeof(Vocabulary).GetField(property.Name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is not IEnumerable<string> joined) continue;
            var words = joined.ToHashSet(StringComparer.OrdinalIgnoreCase);
            groups++;
            foreach (var l in Vocabulary.Languages)
            {
                ((string[])property.GetValue(l)!).Should().BeSubsetOf(words, $"{l.Tag}.{property.Name} is read through Vocabulary");
            }
        }

        groups.Should().BeGreaterThan(40, "almost every group is a word list");
    }

    [Fact]
    public void Groups_that_are_compared_in_lower_case_are_written_in_lower_case()
    {
        foreach (var l in Vocabulary.Languages)
        {
            foreach (var w in l.SelfIntroductions.Concat(l.AgoWords).Concat(l.ClockWords).Concat(l.PictureCreditLabels).Concat(l.RoleEndings))
            {
                w.Should().Be(w.ToLowerInvariant(), $"{l.Tag} writes these lower case");
            }
        }
    }

    [Fact]
    public void Formal_address_is_told_apart_from_the_same_word_in_the_other_case()
    {
        // "Sie" addresses, "sie" is "she"; Dutch "u" addresses, "U" is an initial ("U.S."): only one case is listed.
        Vocabulary.FormalSecondPerson.Should().Contain("Sie").And.Contain("u").And.NotContain("sie").And.NotContain("U");
        foreach (var w in Vocabulary.FormalSecondPerson)
        {
            string other = w == w.ToLowerInvariant() ? w.ToUpperInvariant() : w.ToLowerInvariant();
            Vocabulary.FormalSecondPerson.Contains(other).Should().BeFalse($"\"{other}\" is another word");
        }
    }

    [Theory]
    [InlineData("J'ai grandi au bord de la mer.", true)] // an elided "je"
    [InlineData("I'm not sure it matters.", true)]
    [InlineData("Wir haben lange gewartet.", true)]
    [InlineData("Мы долго ждали.", true)]
    [InlineData("我一直住在这里。", true)]
    [InlineData("Creo que el barrio ha cambiado mucho.", true)] // the pronoun left out: the verb's ending speaks
    [InlineData("Acho que a cidade mudou bastante.", true)]
    [InlineData("Abbiamo aspettato a lungo.", true)]
    [InlineData("El barrio ha cambiado mucho.", false)]
    [InlineData("Keep it short and mention what the role needs.", false)]
    [InlineData("Die Stadt hat lange gewartet.", false)]
    public void First_person_words_are_found_in_any_of_the_languages(string text, bool speaks)
    {
        InterviewParser.Turns.SecondPerson.SpeaksForSelf(text).Should().Be(speaks);
    }

    [Theory]
    [InlineData("¿Crees que el barrio volverá a ser lo que era?", true)] // the pronoun left out: the verb's ending addresses
    [InlineData("Pensi che il porto cambierà?", true)]
    [InlineData("Lei è nata qui?", true)] // Italian formal address, capitalised
    [InlineData("Il porto è cambiato molto?", false)]
    [InlineData("¿Cómo cambió el barrio?", false)]
    public void Second_person_words_are_found_where_the_verb_alone_addresses(string question, bool addresses)
    {
        InterviewParser.Turns.SecondPerson.Addresses(question).Should().Be(addresses);
    }
}

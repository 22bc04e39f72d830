using FluentAssertions;
using InterviewParser.Metadata;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

/// <summary>
/// Date lines as pages print them, in English, German, French, Spanish, Russian and Azerbaijani (written for this
/// test, shaped like real bylines and datelines), each with the typed value it must give: the date always, the time
/// only when printed, the offset only when stated or derivable. Ambiguous numeric dates are read day first here.
/// </summary>
public class DateTableTests
{
    [Theory]
    [InlineData("Published March 3, 2021", "2021-03-03", null, null)]
    [InlineData("March 3, 2021 at 4:15 pm ET", "2021-03-03", "16:15", "-05:00")] // US Eastern, standard time in March before the switch
    [InlineData("March 20, 2021 at 4:15 pm ET", "2021-03-20", "16:15", "-04:00")] // daylight time from the second Sunday of March
    [InlineData("Nov 18, 2019 at 9:24 pm PT", "2019-11-18", "21:24", "-08:00")]
    [InlineData("July 4, 2005 9:00 AM CT", "2005-07-04", "09:00", "-05:00")]
    [InlineData("1:48 PM ET, Mon March 8, 2021", "2021-03-08", "13:48", "-05:00")] // the clock and zone before the date
    [InlineData("3 mars 2021 à 10:04 et mis à jour", "2021-03-03", "10:04", null)] // "et" is French, not the zone
    [InlineData("Updated: Mar. 3, 2021 10:02 a.m. EST", "2021-03-03", "10:02", "-05:00")]
    [InlineData("Wed 3 March 2021 09.30 GMT", "2021-03-03", "09:30", "+00:00")]
    [InlineData("3rd March 2021", "2021-03-03", null, null)]
    [InlineData("March 3rd, 2021", "2021-03-03", null, null)]
    [InlineData("Posted on 21st November 2019", "2019-11-21", null, null)]
    [InlineData("Nov 20, 2019 4:29 AM EST", "2019-11-20", "04:29", "-05:00")]
    [InlineData("November 20, 2019 11:45 PM PST", "2019-11-20", "23:45", "-08:00")]
    [InlineData("20 Nov 2019, 07:00 UTC", "2019-11-20", "07:00", "+00:00")]
    [InlineData("Monday, 12 October 2015", "2015-10-12", null, null)]
    [InlineData("Mon 12 October 2015 07:35 GMT | 12:35 Local Time", "2015-10-12", "12:35", "+05:00")]
    [InlineData("Sep 7, 2016 8:00 am EDT", "2016-09-07", "08:00", "-04:00")]
    [InlineData("Sept. 7, 2016", "2016-09-07", null, null)]
    [InlineData("7 September 2016 at 14:00", "2016-09-07", "14:00", null)]
    [InlineData("Publicado em 12/03/2024 às 09h15", "2024-03-12", "09:15", null)]
    [InlineData("mardi 5 mars 2024 à 18h40", "2024-03-05", "18:40", null)]
    [InlineData("14:00, 7 September 2016", "2016-09-07", "14:00", null)]
    [InlineData("Last updated 2 Feb 2022 at 18:05 CET", "2022-02-02", "18:05", "+01:00")]
    [InlineData("Friday 24 June 2022 10:15 BST", "2022-06-24", "10:15", "+01:00")]
    [InlineData("2022-06-24", "2022-06-24", null, null)]
    [InlineData("2022-06-24 10:15", "2022-06-24", "10:15", null)]
    [InlineData("2022-06-24T10:15:00Z", "2022-06-24", "10:15", "+00:00")]
    [InlineData("2022-06-24T10:15:00+02:00", "2022-06-24", "10:15", "+02:00")]
    [InlineData("2022-06-24T10:15:00.123-04:00", "2022-06-24", "10:15", "-04:00")]
    [InlineData("2022/06/24", "2022-06-24", null, null)]
    [InlineData("Jan 5 2020", "2020-01-05", null, null)]
    [InlineData("January 5th 2020, 5:05 p.m.", "2020-01-05", "17:05", null)]
    [InlineData("5 January 2020 12:00 noon", "2020-01-05", "12:00", null)]
    [InlineData("Dec. 31, 1999, 11:59 p.m.", "1999-12-31", "23:59", null)]
    [InlineData("By Jane Roe | Aug 1, 2018", "2018-08-01", null, null)]
    [InlineData("By Jane Roe, Staff Writer • August 1, 2018 • 6 min read", "2018-08-01", null, null)]
    [InlineData("Originally published July 4, 2010; updated July 5, 2010", "2010-07-04", null, null)]
    [InlineData("12:30 PM, April 9, 2017", "2017-04-09", "12:30", null)]
    [InlineData("April 9, 2017 12:30 PM UTC", "2017-04-09", "12:30", "+00:00")]
    [InlineData("9 April 2017 12:30 +0100", "2017-04-09", "12:30", "+01:00")]
    [InlineData("Apr 9 2017 12:30:45 GMT+0200", "2017-04-09", "12:30", "+02:00")]
    [InlineData("Thursday, February 29, 2024", "2024-02-29", null, null)]
    [InlineData("29 February 2024", "2024-02-29", null, null)]
    [InlineData("Feb 1, 2024 | 8:00 AM", "2024-02-01", "08:00", null)]
    [InlineData("Published: 10/24/2019", "2019-10-24", null, null)]
    [InlineData("Oct 2, 2008", "2008-10-02", null, null)]
    [InlineData("2 Oct 2008 - 18:22", "2008-10-02", "18:22", null)]
    [InlineData("Sunday 1 December 2019 22:00 AEDT", "2019-12-01", "22:00", "+11:00")]
    [InlineData("1 December 2019 22:00 JST", "2019-12-01", "22:00", "+09:00")]
    [InlineData("Tue, 03 Mar 2020 14:05:00 +0000", "2020-03-03", "14:05", "+00:00")]
    [InlineData("3.3.2020 UTC", "2020-03-03", null, null)]
    [InlineData("Weekly report 3-9 May 2021", "2021-05-03", null, null)]
    [InlineData("Wochenbericht 14. – 20. Januar 2022", "2022-01-14", null, null)]
    [InlineData("28. Oktober 2023", "2023-10-28", null, null)]
    [InlineData("Samstag, 28. Oktober 2023", "2023-10-28", null, null)]
    [InlineData("28. Okt. 2023, 14:30 Uhr", "2023-10-28", "14:30", null)]
    [InlineData("Veröffentlicht am 28.10.2023 um 14:30 Uhr", "2023-10-28", "14:30", null)]
    [InlineData("28.10.2023", "2023-10-28", null, null)]
    [InlineData("28.10.23", "2023-10-28", null, null)]
    [InlineData("Aktualisiert: 1. März 2021, 09:12 Uhr", "2021-03-01", "09:12", null)]
    [InlineData("1. Maerz 2021", "2021-03-01", null, null)]
    [InlineData("Stand: 05.07.2020 | 09:03 Uhr", "2020-07-05", "09:03", null)]
    [InlineData("Erschienen am 3. Januar 2019", "2019-01-03", null, null)]
    [InlineData("3. Jänner 2019", "2019-01-03", null, null)]
    [InlineData("Montag, 2. Dezember 2019, 22:00 MEZ", "2019-12-02", "22:00", "+01:00")]
    [InlineData("2. Dezember 2019 22:00 MESZ", "2019-12-02", "22:00", "+02:00")]
    [InlineData("12.12.2012 - 12:12", "2012-12-12", "12:12", null)]
    [InlineData("Dienstag, 31. Januar 2017", "2017-01-31", null, null)]
    [InlineData("31. Jan. 2017", "2017-01-31", null, null)]
    [InlineData("Text: Eva Hirt · 14. Februar 2020", "2020-02-14", null, null)]
    [InlineData("14.2.2020", "2020-02-14", null, null)]
    [InlineData("14.02.202016.02.2020", "2020-02-14", null, null)] // a scrape runs the updated date into the published one
    [InlineData("14/02/202016/02/2020 ~ Jane Roe", "2020-02-14", null, null)]
    [InlineData("quinta-feira, 4 de março de 2021 às 9:05", "2021-03-04", "09:05", null)]
    [InlineData("17 de setembro de 2019", "2019-09-17", null, null)]
    [InlineData("Pubblicato il 9 Ottobre 2018 alle 11:20", "2018-10-09", "11:20", null)]
    [InlineData("Publisert 3. desember 2020", "2020-12-03", null, null)]
    [InlineData("Publicerad 14 augusti 2019", "2019-08-14", null, null)]
    [InlineData("Donnerstag, 6. August 2020 um 8:05 Uhr", "2020-08-06", "08:05", null)]
    [InlineData("6. August 2020", "2020-08-06", null, null)]
    [InlineData("20. September 2021 | Lesezeit: 4 Min.", "2021-09-20", null, null)]
    [InlineData("Oktober 28, 2023", "2023-10-28", null, null)]
    [InlineData("am 9. November 1989", "1989-11-09", null, null)]
    [InlineData("9. Nov. 1989 – 18:53", "1989-11-09", "18:53", null)]
    [InlineData("01.04.2016, 11:03 Uhr", "2016-04-01", "11:03", null)]
    [InlineData("1. April 2016", "2016-04-01", null, null)]
    [InlineData("12 octobre 2015", "2015-10-12", null, null)]
    [InlineData("Publié le 12 octobre 2015 à 07h35", "2015-10-12", "07:35", null)]
    [InlineData("lundi 12 octobre 2015", "2015-10-12", null, null)]
    [InlineData("1er mars 2021", "2021-03-01", null, null)]
    [InlineData("Mis à jour le 1er mars 2021 à 18h05", "2021-03-01", "18:05", null)]
    [InlineData("12/10/2015", "2015-10-12", null, null)]
    [InlineData("12 oct. 2015", "2015-10-12", null, null)]
    [InlineData("3 févr. 2020", "2020-02-03", null, null)]
    [InlineData("3 février 2020 à 14:20", "2020-02-03", "14:20", null)]
    [InlineData("25 décembre 2019", "2019-12-25", null, null)]
    [InlineData("25 decembre 2019", "2019-12-25", null, null)]
    [InlineData("Le 8 août 2017", "2017-08-08", null, null)]
    [InlineData("8 aout 2017", "2017-08-08", null, null)]
    [InlineData("mardi 8 août 2017, 10:00", "2017-08-08", "10:00", null)]
    [InlineData("31 juillet 2018", "2018-07-31", null, null)]
    [InlineData("31 juil. 2018", "2018-07-31", null, null)]
    [InlineData("16 janvier 2022 à 9h", "2022-01-16", null, null)]
    [InlineData("4 avril 2019", "2019-04-04", null, null)]
    [InlineData("11 novembre 2018, 11h11", "2018-11-11", "11:11", null)]
    [InlineData("Paris, le 2 juin 2016", "2016-06-02", null, null)]
    [InlineData("2 juin 2016 à 20 h 30", "2016-06-02", "20:30", null)]
    [InlineData("le 30 septembre 2020", "2020-09-30", null, null)]
    [InlineData("30 sept. 2020", "2020-09-30", null, null)]
    [InlineData("5 mai 2021", "2021-05-05", null, null)]
    [InlineData("vendredi 5 mai 2021", "2021-05-05", null, null)]
    [InlineData("15 de diciembre de 2023", "2023-12-15", null, null)]
    [InlineData("Viernes, 15 de diciembre de 2023", "2023-12-15", null, null)]
    [InlineData("15 dic 2023", "2023-12-15", null, null)]
    [InlineData("15/12/2023", "2023-12-15", null, null)]
    [InlineData("15/12/2023 - 09:15", "2023-12-15", "09:15", null)]
    [InlineData("Actualizado el 5 de julio de 2020 a las 09:03", "2020-07-05", "09:03", null)]
    [InlineData("05.07.2020 | 09:03", "2020-07-05", "09:03", null)]
    [InlineData("1 de enero de 2021", "2021-01-01", null, null)]
    [InlineData("1º de enero de 2021", "2021-01-01", null, null)]
    [InlineData("10 de junio de 2024", "2024-06-10", null, null)]
    [InlineData("Lunes 10 de junio de 2024, 18:30 h", "2024-06-10", "18:30", null)]
    [InlineData("junio 10, 2024", "2024-06-10", null, null)]
    [InlineData("10 jun. 2024", "2024-06-10", null, null)]
    [InlineData("Madrid, 3 de marzo de 2020", "2020-03-03", null, null)]
    [InlineData("3 de marzo de 2020 - 12:00 CET", "2020-03-03", "12:00", "+01:00")]
    [InlineData("Publicado: 28/02/2019", "2019-02-28", null, null)]
    [InlineData("28 feb 2019", "2019-02-28", null, null)]
    [InlineData("28 de febrero, 2019", "2019-02-28", null, null)]
    [InlineData("2 de septiembre de 2018", "2018-09-02", null, null)]
    [InlineData("2 de setiembre de 2018", "2018-09-02", null, null)]
    [InlineData("20 de noviembre de 2019", "2019-11-20", null, null)]
    [InlineData("20 nov 2019", "2019-11-20", null, null)]
    [InlineData("agosto 4 de 2017", "2017-08-04", null, null)]
    [InlineData("4 de agosto de 2017 | 07:45", "2017-08-04", "07:45", null)]
    [InlineData("31 de octubre de 2022", "2022-10-31", null, null)]
    [InlineData("12 октября 2015", "2015-10-12", null, null)]
    [InlineData("12 октября 2015, 07:35", "2015-10-12", "07:35", null)]
    [InlineData("Опубликовано 24 сентября 2018 года", "2018-09-24", null, null)]
    [InlineData("24 сентября 2018 в 16:45", "2018-09-24", "16:45", null)]
    [InlineData("24.09.2018", "2018-09-24", null, null)]
    [InlineData("24.09.2018 16:45", "2018-09-24", "16:45", null)]
    [InlineData("1 января 2020 г.", "2020-01-01", null, null)]
    [InlineData("Текст: Анна Иванова · 11 октября 2018", "2018-10-11", null, null)]
    [InlineData("11 окт 2018", "2018-10-11", null, null)]
    [InlineData("понедельник, 5 марта 2018", "2018-03-05", null, null)]
    [InlineData("5 марта 2018 10:00 МСК", "2018-03-05", "10:00", null)]
    [InlineData("30 декабря 2021", "2021-12-30", null, null)]
    [InlineData("7 мая 2019", "2019-05-07", null, null)]
    [InlineData("15 июня 2017, 12:00", "2017-06-15", "12:00", null)]
    [InlineData("3 августа 2016", "2016-08-03", null, null)]
    [InlineData("20 февраля 2020", "2020-02-20", null, null)]
    [InlineData("2 апреля 2021", "2021-04-02", null, null)]
    [InlineData("19 июля 2019", "2019-07-19", null, null)]
    [InlineData("6 ноября 2022", "2022-11-06", null, null)]
    [InlineData("Обновлено: 06.11.2022, 18:10", "2022-11-06", "18:10", null)]
    [InlineData("12 oktyabr 2015", "2015-10-12", null, null)]
    [InlineData("12 oktyabr 2015, 07:35", "2015-10-12", "07:35", null)]
    [InlineData("5 mart 2021", "2021-03-05", null, null)]
    [InlineData("1 yanvar 2020", "2020-01-01", null, null)]
    [InlineData("21 fevral 2019", "2019-02-21", null, null)]
    [InlineData("3 aprel 2018", "2018-04-03", null, null)]
    [InlineData("9 may 2017", "2017-05-09", null, null)]
    [InlineData("14 iyun 2016", "2016-06-14", null, null)]
    [InlineData("30 iyul 2022", "2022-07-30", null, null)]
    [InlineData("8 avqust 2020", "2020-08-08", null, null)]
    [InlineData("16 sentyabr 2019", "2019-09-16", null, null)]
    [InlineData("11 noyabr 2018", "2018-11-11", null, null)]
    [InlineData("25 dekabr 2017", "2017-12-25", null, null)]
    [InlineData("12.10.2015 07:35", "2015-10-12", "07:35", null)]
    [InlineData("Dərc olunub: 12 oktyabr 2015", "2015-10-12", null, null)]
    public void A_printed_date_gives_its_typed_value(string text, string date, string? time, string? offset)
    {
        var parsed = DateTextParser.ParseText(text, TimestampSource.Text);

        parsed.Should().NotBeNull($"\"{text}\" holds a date");
        parsed!.DateText.Should().Be(date);
        // (The time's text is compared whole: a missing time is null, which must equal the expected null.)
        string? printed = parsed.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        printed.Should().Be(time, time is null ? "no time is printed" : "the printed time is read");
        if (offset is null) parsed.Offset.Should().BeNull("no zone is printed");
        else parsed.Offset.Should().Be(TimeSpan.Parse(offset.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(true, "-06:00")]
    [InlineData(false, null)]
    public void An_ambiguous_zone_abbreviation_is_read_only_where_the_page_locale_decides_it(bool usEnglish, string? offset)
    {
        var parsed = DateTextParser.ParseText("March 3, 2021 10:02 a.m. CST", TimestampSource.Text, monthFirst: usEnglish);

        parsed!.Time.Should().Be(new TimeOnly(10, 2));
        if (offset is null) parsed.Offset.Should().BeNull("CST is US Central or China Standard Time");
        else parsed.Offset.Should().Be(TimeSpan.FromHours(-6));
    }

    [Theory]
    [InlineData("[harbour_2019-04-10_quay.jpg]")]
    [InlineData("photo_10-04-2019.png Harbour at dawn")]
    [InlineData("Build [2.4.21_1187]")]
    public void Digits_in_a_file_or_field_name_date_nothing(string text)
    {
        DateTextParser.ParseText(text, TimestampSource.Text).Should().BeNull("a name joined with underscores is not a written date");
    }

    [Theory]
    [InlineData("5 comments")]
    [InlineData("12:30")]
    [InlineData("Page 2 of 3")]
    [InlineData("Top 10 of 200 ideas")]
    [InlineData("1-2-3 go")]
    [InlineData("Call 555 123")]
    public void A_line_whose_digits_cannot_make_a_date_gives_none(string text)
    {
        DateTextParser.ParseText(text, TimestampSource.Text).Should().BeNull("it has no year and no day-month-year of numbers");
    }

    [Theory]
    [InlineData("7.5.21", "2021-05-07")]
    [InlineData("Posted 07/05/21 at 9:00", "2021-05-07")]
    [InlineData("On 1 - 2 - 21", "2021-02-01")]
    public void A_numeric_date_with_a_two_digit_year_still_reads(string text, string date)
    {
        DateTextParser.ParseText(text, TimestampSource.Text)!.DateText.Should().Be(date);
    }
}

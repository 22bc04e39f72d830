using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using InterviewParser.Turns;
using Xunit;

namespace InterviewParser.Tests.Languages;

/// <summary>
/// Chinese and Japanese write no spaces between words, and none of the three East Asian scripts has capitals: titles,
/// names and labels are told apart by their length and place, not by spaces or capitals.
/// </summary>
public class UnspacedScriptTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private static Interview ParseText(string doc) => Interviews.Parse(doc, Text);

    // A reporter's label and the guest's two-character name, each with a full-width colon.
    private const string ChineseNamedLabels = """
        对话园艺师：屋顶上的菜园

        2024年3月5日 08:30

        记者：您是怎么想到在屋顶上种菜的？

        李明：楼里的老人想自己种点东西，可是院子太小，屋顶正好空着，阳光也最好。

        记者：夏天屋顶会不会太热？

        李明：会很热，所以我们搭了遮阳网，每天早晚各浇一次水，番茄长得比地里还好。

        记者：邻居们都来帮忙吗？

        李明：一开始只有三四个人，现在每个周末都有二十多个人上来，孩子们也喜欢。
        """;

    [Fact]
    public void Chinese_labels_with_full_width_colons_give_turns_and_a_two_character_name_is_the_guest()
    {
        var result = ParseText(ChineseNamedLabels);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Speaker.Should().Be("李明");
        result.Turns[1].Text.Should().StartWith("楼里的老人");
        result.Turns[0].Speaker.Should().BeNull("a reporter's role word names nobody");
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("李明");
    }

    [Fact]
    public void A_title_without_spaces_is_the_headline_of_a_text()
    {
        ParseText(ChineseNamedLabels).Headline.Should().Be("对话园艺师：屋顶上的菜园");
    }

    [Fact]
    public void A_date_whose_numbers_carry_year_month_and_day_marks_is_read_with_its_time()
    {
        var result = ParseText(ChineseNamedLabels);

        result.Published.Should().NotBeNull();
        result.Published!.Date.Should().Be(new DateOnly(2024, 3, 5));
        result.Published.Time.Should().Be(new TimeOnly(8, 30));
    }

    [Theory]
    [InlineData("2023年11月2日星期四", 2023, 11, 2)]
    [InlineData("2021년 7월 15일 (목)", 2021, 7, 15)]
    [InlineData("公開日：2020年1月9日", 2020, 1, 9)]
    public void Marked_dates_in_three_scripts(string line, int year, int month, int day)
    {
        InterviewParser.Metadata.DateTextParser.ParseText(line, TimestampSource.Text)!.Date.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void Single_character_question_and_answer_labels_give_roles_and_no_speakers()
    {
        var result = ParseText("""
            城市河道的新生

            问：这条河以前是什么样子？

            答：二十年前河水很脏，两岸都是仓库，没有人愿意在河边散步。

            问：您觉得改造花了多长时间？

            答：前后用了六年，先治理污水，再修步道，最后才种树。
            """);

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Should().OnlyContain(t => t.Speaker == null);
        result.Turns[0].Text.Should().Be("这条河以前是什么样子？");
    }

    [Fact]
    public void Questions_marked_by_a_doubled_dash_over_plain_answers_are_the_interviewers()
    {
        var result = ParseText("""
            インタビュー：古い時計を直す人

            町の時計店で四十年働いてきた修理職人に話を聞いた。

            ――この仕事を始めたのはいつですか？

            十八歳のときです。親戚の店を手伝っているうちに、分解した時計を元に戻すのが楽しくなって、そのまま弟子入りしました。

            ――一番古い時計は何年のものでしたか。

            百五十年ほど前の柱時計です。部品が手で削られていて、歯車の歯が一枚ずつ少しずつ違っていました。

            ――若い人は修理を学びに来ますか？

            毎年一人か二人は来ます。細かい作業が好きな人なら、五年もすれば一人で直せるようになります。
            """);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[2].Text.Should().Be("一番古い時計は何年のものでしたか。", "the dash marks the question, whatever its last mark");
        result.Lead.Should().StartWith("町の時計店");
    }

    [Fact]
    public void A_hyphen_set_close_before_each_question_and_a_bracketed_interview_tag_on_the_title()
    {
        var result = ParseText("""
            [인터뷰] 시계 수리공 "작은 부품에도 이유가 있다"

            40년 동안 시계를 고쳐 온 수리공을 만났다.

            -이 일을 처음 시작한 건 언제인가요?

            "열여덟 살 때였어요. 친척 가게를 돕다가 분해한 시계를 다시 맞추는 일이 재미있어서 그대로 배우게 됐습니다."

            -가장 오래된 시계는 몇 년 된 것이었나요?

            "150년쯤 된 벽시계였습니다. 부품을 손으로 깎아서 톱니 하나하나가 조금씩 달랐어요."

            -요즘도 배우러 오는 사람이 있나요?

            "해마다 한두 명은 와요. 꼼꼼한 사람이라면 5년쯤 지나면 혼자서 고칠 수 있습니다."
            """);

        result.Headline.Should().StartWith("[인터뷰] 시계 수리공");
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Text.Should().StartWith("이 일을");
    }

    [Fact]
    public void Only_questions_dashed_is_told_from_dash_dialogue_where_each_question_is_followed_by_a_dashed_answer()
    {
        static List<Block> Blocks(params string[] texts) => [.. texts.Select(t => new Block { Text = t })];

        var questionsOnly = Blocks("— Why?", "Because.", "— When?", "Later.", "— Where?", "Here.");
        var dialogue = Blocks("— Why?", "— Because.", "— When?", "— Later.", "— Where?", "— Here.");

        DashDialogue.MarksQuestionsOnly(questionsOnly).Should().BeTrue();
        DashDialogue.IsUsedIn(questionsOnly).Should().BeFalse();
        DashDialogue.MarksQuestionsOnly(dialogue).Should().BeFalse();
        DashDialogue.IsUsedIn(dialogue).Should().BeTrue();
    }

    [Theory]
    [InlineData("―30년이 지난 지금도 즐거우신가요?", true)] // a question may open with a number after its dash
    [InlineData("-5 Grad in der Nacht.", false)]
    [InlineData("―Why now?", true)]
    [InlineData("――1999年的冬天最冷。", true)] // a doubled dash is no minus sign
    [InlineData("—1999 war das Sturmjahr.", true)] // nor is an em dash
    [InlineData("– 5 Grad in der Nacht.", false)]
    public void A_dash_opens_a_turn_before_a_letter_or_before_a_number_in_a_question_or_after_a_dash_that_is_no_minus(string text, bool opens)
    {
        DashDialogue.Opens(text).Should().Be(opens);
    }

    [Theory]
    [InlineData("아버지가 여섯 살 때 저를 호수에 데려가셨습니다.", true)] // the pronoun with its object particle
    [InlineData("제 인생에서 가장 조용한 곳입니다.", true)]
    [InlineData("호수는 매년 늦게 얼어붙습니다.", false)]
    public void Korean_first_person_pronouns_are_read_with_their_particles(string answer, bool speaksForSelf)
    {
        SecondPerson.SpeaksForSelf(answer).Should().Be(speaksForSelf);
    }

    [Theory]
    [InlineData("您为什么选择回到家乡？", true)]
    [InlineData("你们什么时候开始的？", true)]
    [InlineData("这条河以前是什么样子？", false)]
    public void Second_person_words_are_found_inside_a_chinese_sentence(string question, bool addresses)
    {
        SecondPerson.Addresses(question).Should().Be(addresses);
    }

    [Fact]
    public void A_markdown_top_heading_of_three_characters_below_the_menu_is_the_headline()
    {
        var result = ParseText("""
            [首页](/)

            [新闻](/news)

            [城市](/city)

            [体育](/sport)

            [天气](/weather)

            [帮助](/help)

            # 王小明

            ## 王小明的早年经历

            王小明出生在海边的小镇，十五岁开始在船厂当学徒，后来成为有名的造船师傅。[详情](/more)
            """);

        result.Headline.Should().Be("王小明");
    }

    [Fact]
    public void An_interview_word_inside_a_run_of_characters_announces_unnamed_question_and_answer_labels()
    {
        // The standfirst says "the reporter interviewed …" in one run; nobody is named in a way the parser reads.
        var result = ParseText("""
            老车站的新用途

            记者近日专访了负责改造工程的设计师，请她谈谈老车站的未来。

            问：老车站为什么要改成图书馆？

            答：车站停用已经十年了，附近的居民一直希望这里能重新热闹起来，图书馆正好需要一座大房子。

            问：原来的站台会保留吗？

            答：会保留一段站台和两节旧车厢，车厢里面改成儿童阅览室，孩子们可以坐在里面看书。

            问：什么时候对外开放？

            答：计划明年秋天开放，第一年周末也开门，晚上一直开到九点。
            """);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.IsAnInterview && d.Message.Contains("专访"));
    }

    [Fact]
    public void Questions_opened_by_a_doubled_dash_need_no_question_mark()
    {
        // Japanese questions often close on a particle and a full stop, or are a phrase ending in one: the dashes mark them.
        var result = ParseText("""
            駅の図書館

            改修を設計した建築家に話を聞いた。

            ――なぜ駅を図書館にしたのですか。

            駅は十年前から使われていませんでした。近所の人たちはずっと、ここがまたにぎやかになることを望んでいて、図書館は大きな建物を探していました。

            ――古いホームは残るのでしょうか。

            ホームの一部と古い客車を二両残します。客車の中は子ども向けの読書室になり、座席に座って本を読めるようにします。

            ――開館の予定は。

            来年の秋です。最初の一年は週末も開けて、夜は九時まで開いている予定です。
            """);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[4].Text.Should().Be("開館の予定は。");
    }
}

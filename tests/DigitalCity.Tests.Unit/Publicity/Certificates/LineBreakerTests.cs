using DigitalCity.Publicity.Contests.Certificates;

namespace DigitalCity.Tests.Unit.Publicity.Certificates;

/// <summary>Chinese line breaking (断行) with one unit per character, so the rules are visible without a font.</summary>
public class LineBreakerTests
{
    static IReadOnlyList<string> Break(string text, double width) => LineBreaker.Break(text, width, s => s.Length);

    [Fact]
    public void Chinese_breaks_after_any_character()
    {
        Assert.Equal(["一二三四", "五六七八", "九十"], Break("一二三四五六七八九十", 4));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_it_takes_the_character_before_with_it()
    {
        Assert.Equal(["一二", "三，四"], Break("一二三，四", 3));
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        Assert.Equal(["一二", "《三", "四》"], Break("一二《三四》", 3));
    }

    [Fact]
    public void Numbers_and_Latin_words_stay_whole_and_spaces_at_a_break_are_dropped()
    {
        Assert.Equal(["奖金", "1000", "元"], Break("奖金1000元", 4));
        Assert.Equal(["Li Ming", "同志："], Break("Li Ming 同志：", 8));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split_where_it_must_be()
    {
        Assert.Equal(["JZ2023", "0001"], Break("JZ20230001", 6));
    }

    [Fact]
    public void Every_line_fits_and_no_character_is_lost()
    {
        const string text = "　　你的作品《在灯影里奔跑的城市管理者和他们守护的万家灯火》在焦作“2023·美在灯影里”网红短视频大赛中荣获优秀奖，奖金人民币200元。";

        var lines = Break(text, 11);

        Assert.All(lines, line => Assert.True(line.Length <= 11, $"'{line}' is {line.Length} wide."));
        Assert.Equal(text, string.Concat(lines));
    }
}

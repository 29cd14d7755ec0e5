using System.Text;
using DigitalCity.Publicity.Contests.Certificates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DigitalCity.Tests.Unit.Publicity.Certificates;

/// <summary>Award certificates (荣誉证书) rendered with the installed CJK font and read back with PdfPig.</summary>
public class CertificateRendererTests
{
    // A4 landscape in PDF points (1/72 inch): 297 mm × 210 mm.
    const double A4Long = 842;
    const double A4Short = 595;

    // The frame's inner line is 34 pt from the edge; the citation keeps 100 pt to the right (a little slack for glyph sides).
    const double InsideFrame = 34;
    const double CitationMargin = 95;

    static readonly CertificateContent FirstPrize = new(
        "JZ-2023-001", "焦作“2023·美在灯影里”网红短视频大赛", "李明", "灯影里的焦作", "一等奖", 1000, 1, new DateOnly(2023, 2, 20), "焦作市城市管理局");

    static readonly CertificateContent LongTitle = FirstPrize with
    {
        CertificateNumber = "JZ-2023-011",
        AuthorName = "欧阳喆堃",
        EntryTitle = "正月初一的山阳区：城管队员、环卫工人和志愿者们在花灯与烟火之间守护万家团圆的二十四小时，从凌晨清扫到深夜巡查",
        TierName = "优秀奖",
        PrizeYuan = 200,
        Rank = 11,
    };

    [Fact]
    public void A_first_prize_certificate_reads_as_its_winner_entry_tier_and_prize()
    {
        var text = Normalised(PageOf(Render(FirstPrize)));

        Assert.Contains("荣誉证书", text, StringComparison.Ordinal);
        Assert.Contains("李明同志：", text, StringComparison.Ordinal);
        Assert.Contains(
            "你的作品《灯影里的焦作》在焦作“2023·美在灯影里”网红短视频大赛中荣获一等奖，奖金人民币1000元。特发此证，以资鼓励。",
            text, StringComparison.Ordinal);
        Assert.Contains("焦作市城市管理局", text, StringComparison.Ordinal);
        Assert.Contains("2023年2月20日", text, StringComparison.Ordinal);
        Assert.Contains("证书编号：JZ-2023-001", text, StringComparison.Ordinal);
        Assert.Contains("名次：第1名", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_is_one_A4_landscape_page_with_its_font_embedded()
    {
        var pdf = Render(FirstPrize);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var page = document.GetPage(1);
        Assert.Equal(A4Long, page.Width, precision: 0);
        Assert.Equal(A4Short, page.Height, precision: 0);
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.All(page.Letters, letter => Assert.StartsWith("WenQuanYi", BaseName(letter.FontName), StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_title_wraps_onto_several_lines_inside_the_page_and_reads_whole()
    {
        var page = PageOf(Render(LongTitle));
        var text = Normalised(page);

        Assert.Contains("欧阳喆堃同志：", text, StringComparison.Ordinal);
        Assert.Contains($"你的作品《{LongTitle.EntryTitle}》在{LongTitle.ContestName}中荣获优秀奖，奖金人民币200元。", text, StringComparison.Ordinal);
        Assert.Contains("名次：第11名", text, StringComparison.Ordinal);
        var titleLetters = page.Letters.Where(l => LongTitle.EntryTitle.Contains(l.Value, StringComparison.Ordinal)).ToList();
        Assert.True(titleLetters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count() >= 2, "The title should wrap.");
        Assert.All(page.Letters, letter =>
        {
            Assert.InRange(letter.BoundingBox.Left, InsideFrame, page.Width - CitationMargin);
            Assert.InRange(letter.BoundingBox.Right, InsideFrame, page.Width - CitationMargin);
        });
    }

    [Fact]
    public void Text_too_long_for_the_page_is_refused_rather_than_cut_off()
    {
        var renderer = new CertificateRenderer(InstalledFont.Require());

        var error = Assert.Throws<ArgumentException>(() => renderer.Render(LongTitle with { EntryTitle = string.Concat(Enumerable.Repeat(LongTitle.EntryTitle, 12)) }));

        Assert.Contains("does not fit on one page", error.Message, StringComparison.Ordinal);
        var issuer = Assert.Throws<ArgumentException>(() => renderer.Render(FirstPrize with { Issuer = "焦作市城市管理局、焦作市委宣传部、焦作市文化广电和旅游局" }));
        Assert.Contains("too long for the signature line", issuer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_font_rendering_fails_naming_the_setting()
    {
        var font = CertificateFont.From(new CertificateOptions { FontPath = "/nowhere/certificate.ttf" });

        var error = Assert.Throws<InvalidOperationException>(() => new CertificateRenderer(font).Render(FirstPrize));

        Assert.Null(font.Path);
        Assert.Contains("Publicity:Certificates:FontPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nowhere/certificate.ttf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_is_written_the_Chinese_way()
    {
        Assert.Equal("2023年2月20日", CertificateRenderer.ChineseDate(new DateOnly(2023, 2, 20)));
        Assert.Equal("2023年12月1日", CertificateRenderer.ChineseDate(new DateOnly(2023, 12, 1)));
    }

    static byte[] Render(CertificateContent content) => new CertificateRenderer(InstalledFont.Require()).Render(content);

    static Page PageOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1);
    }

    /// <summary>The page's letters in drawing order without any whitespace, so a wrapped line reads as one.</summary>
    static string Normalised(Page page) =>
        string.Concat(page.Letters.Select(l => l.Value).SelectMany(v => v).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A subset font's name without its six-letter tag (ABCDEF+WenQuanYi Micro Hei).</summary>
    static string BaseName(string? fontName) => fontName is null ? "" : fontName.Contains('+', StringComparison.Ordinal) ? fontName[(fontName.IndexOf('+', StringComparison.Ordinal) + 1)..] : fontName;
}

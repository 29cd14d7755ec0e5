using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// Draws an award certificate (荣誉证书) as a one-page A4 landscape PDF: a framed title, the citation wrapped within
/// the page, the issuer and the date in Chinese, and the certificate number. The font is embedded (as a subset), so
/// the text reads and extracts the same on any machine. One instance serves the whole process.
/// </summary>
public sealed class CertificateRenderer
{
    const double Frame = 24;
    const double InnerFrame = 34;
    const double Margin = 100;
    const double SignatureWidth = 300;
    const double BodyTop = 195;
    const double BodyBottom = 440;
    const double LineSpacing = 1.7;
    static readonly double[] BodySizes = [22, 20, 18, 16, 14, 12];
    static readonly XColor Red = XColor.FromArgb(165, 28, 32);
    static readonly XColor Gold = XColor.FromArgb(190, 145, 40);
    static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    readonly CertificateFont _font;

    public CertificateRenderer(CertificateFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        _font = font;
        if (font.Path is not null)
        {
            CertificateFontResolver.Register();
        }
    }

    /// <summary>The certificate's PDF; an <see cref="InvalidOperationException"/> naming <c>Publicity:Certificates:FontPath</c> when there is no usable font.</summary>
    public byte[] Render(CertificateContent content)
    {
        Validate(content);
        var family = CertificateFontResolver.FamilyOf(_font.Path ?? throw new InvalidOperationException(_font.Problem));

        using var document = new PdfDocument();
        document.Info.Title = $"荣誉证书 {content.CertificateNumber}";
        document.Info.Author = content.Issuer;
        document.Info.Subject = $"{content.ContestName} {content.TierName}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;

        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            graphics.DrawRectangle(new XPen(Red, 4), Frame, Frame, width - (2 * Frame), height - (2 * Frame));
            graphics.DrawRectangle(new XPen(Gold, 1.5), InnerFrame, InnerFrame, width - (2 * InnerFrame), height - (2 * InnerFrame));

            var title = new XFont(family, 52, XFontStyleEx.Bold, Embedded);
            graphics.DrawString("荣誉证书", title, new XSolidBrush(Red), new XRect(0, 80, width, 70), XStringFormats.TopCenter);

            DrawCitation(graphics, family, content, width - (2 * Margin));

            var footer = new XFont(family, 20, XFontStyleEx.Regular, Embedded);
            if (graphics.MeasureString(content.Issuer, footer).Width > SignatureWidth)
            {
                throw new ArgumentException($"The issuer '{content.Issuer}' is too long for the signature line.", nameof(content));
            }

            var signature = new XRect(width - Margin - SignatureWidth, 455, SignatureWidth, 30);
            graphics.DrawString(content.Issuer, footer, XBrushes.Black, signature, XStringFormats.TopCenter);
            signature.Offset(0, 34);
            graphics.DrawString(ChineseDate(content.IssuedOn), footer, XBrushes.Black, signature, XStringFormats.TopCenter);

            var small = new XFont(family, 11, XFontStyleEx.Regular, Embedded);
            graphics.DrawString($"证书编号：{content.CertificateNumber}　　名次：第{content.Rank}名", small, XBrushes.DimGray,
                new XRect(InnerFrame + 26, height - 70, width - (2 * Margin), 20), XStringFormats.TopLeft);
        }

        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        return pdf.ToArray();
    }

    /// <summary>The date as Chinese documents write it: 2023年2月20日.</summary>
    public static string ChineseDate(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");

    /// <summary>The citation's paragraphs; each after the salutation is indented by two characters.</summary>
    public static IReadOnlyList<string> Citation(CertificateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return
        [
            $"{content.AuthorName} 同志：",
            string.Create(CultureInfo.InvariantCulture,
                $"　　你的作品《{content.EntryTitle}》在{content.ContestName}中荣获{content.TierName}，奖金人民币{content.PrizeYuan}元。"),
            "　　特发此证，以资鼓励。",
        ];
    }

    /// <summary>The citation at the largest size whose lines fit between the title and the signature.</summary>
    static void DrawCitation(XGraphics graphics, string family, CertificateContent content, double width)
    {
        foreach (var size in BodySizes)
        {
            var font = new XFont(family, size, XFontStyleEx.Regular, Embedded);
            var lines = Citation(content).SelectMany(p => LineBreaker.Break(p, width, s => graphics.MeasureString(s, font).Width)).ToList();
            var lineHeight = size * LineSpacing;
            if (lines.Count * lineHeight <= BodyBottom - BodyTop)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    graphics.DrawString(lines[i], font, XBrushes.Black, new XRect(Margin, BodyTop + (i * lineHeight), width, lineHeight), XStringFormats.TopLeft);
                }

                return;
            }
        }

        throw new ArgumentException(
            $"The certificate's text does not fit on one page even at {BodySizes[^1]} pt: shorten the entry title or the contest name.", nameof(content));
    }

    static void Validate(CertificateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.CertificateNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.ContestName);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.AuthorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.EntryTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.TierName);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Issuer);
        ArgumentOutOfRangeException.ThrowIfNegative(content.PrizeYuan);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(content.Rank);
    }
}

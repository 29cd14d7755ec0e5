namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// Configuration section <c>Publicity:Certificates</c>: the font award certificates are drawn with, and their issuer. It must be a
/// TrueType CJK font (<c>.ttf</c>, or a <c>.ttc</c> collection whose first face is used), because it is embedded
/// in each PDF so that the Chinese text shows and extracts the same everywhere.
/// </summary>
public sealed class CertificateOptions
{
    public const string Section = "Publicity:Certificates";

    public const string FontPathSetting = $"{Section}:{nameof(FontPath)}";

    /// <summary>Where Debian puts the TrueType CJK fonts that work, best first: <c>fonts-wqy-microhei</c>, then <c>fonts-wqy-zenhei</c>.</summary>
    public static readonly IReadOnlyList<string> DefaultFontPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    /// <summary>The font file; when unset, the first of <see cref="DefaultFontPaths"/> that exists.</summary>
    public string? FontPath { get; set; }

    /// <summary>Who issues the certificates (颁发单位), as signed on each.</summary>
    public string Issuer { get; set; } = "焦作市城市管理局";
}

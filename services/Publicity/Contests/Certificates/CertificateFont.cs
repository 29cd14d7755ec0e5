namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// The font certificates are drawn with, chosen once at startup: the configured
/// <c>Publicity:Certificates:FontPath</c>, or the first Debian CJK font found. When there is none, the service
/// still starts; <see cref="Problem"/> says what is wrong and names the setting, for the health check and for
/// <see cref="CertificateRenderer.Render"/>.
/// </summary>
public sealed class CertificateFont
{
    CertificateFont(string? path, string? problem)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The font file, or null when no usable font was found.</summary>
    public string? Path { get; }

    /// <summary>Why certificates cannot be rendered, naming the setting; null when <see cref="Path"/> is usable.</summary>
    public string? Problem { get; }

    public static CertificateFont From(CertificateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.FontPath))
        {
            var configured = options.FontPath.Trim();
            return !File.Exists(configured)
                ? Unusable($"{CertificateOptions.FontPathSetting} is '{configured}', but there is no file there")
                : TrueTypeFile.Problem(configured) is { } problem
                    ? Unusable($"{CertificateOptions.FontPathSetting}: {problem}")
                    : new CertificateFont(configured, null);
        }

        var found = CertificateOptions.DefaultFontPaths.FirstOrDefault(File.Exists);
        return found is null
            ? Unusable($"no CJK TrueType font is installed at {string.Join(" or ", CertificateOptions.DefaultFontPaths)}; install the Debian package fonts-wqy-microhei or set {CertificateOptions.FontPathSetting}")
            : TrueTypeFile.Problem(found) is { } unusable
                ? Unusable($"{unusable}; set {CertificateOptions.FontPathSetting} to a TrueType CJK font")
                : new CertificateFont(found, null);
    }

    static CertificateFont Unusable(string problem) => new(null, $"Award certificates cannot be rendered: {problem}.");
}

using PdfSharp.Fonts;

namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// PDFsharp's font resolver for certificates. PDFsharp takes one resolver per process and refuses a change once a
/// font was used, so this one is installed once (<see cref="Register"/> may be called any number of times) and
/// serves any font file: a certificate font's family name is its path, which lets hosts and tests with different
/// settings share the process.
/// </summary>
public sealed class CertificateFontResolver : IFontResolver
{
    const string FamilyPrefix = "digitalcity-certificate:";

    static readonly Lock Registration = new();

    CertificateFontResolver()
    {
    }

    /// <summary>The family name that stands for the font file at <paramref name="path"/>.</summary>
    public static string FamilyOf(string path) => FamilyPrefix + path;

    /// <summary>Installs the resolver as PDFsharp's, unless it already is.</summary>
    public static void Register()
    {
        lock (Registration)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case CertificateFontResolver:
                    return;
                case null:
                    GlobalFontSettings.FontResolver = new CertificateFontResolver();
                    return;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already has the font resolver {other.GetType().FullName}; award certificates need {typeof(CertificateFontResolver).FullName}.");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.StartsWith(FamilyPrefix, StringComparison.Ordinal)
            ? new FontResolverInfo(familyName[FamilyPrefix.Length..], mustSimulateBold: bold, mustSimulateItalic: italic)
            : null;

    /// <summary>The face's bytes; PDFsharp asks once per face and process.</summary>
    public byte[]? GetFont(string faceName) => TrueTypeFile.FirstFace(File.ReadAllBytes(faceName));
}

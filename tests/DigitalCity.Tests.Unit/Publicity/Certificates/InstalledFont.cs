using DigitalCity.Publicity.Contests.Certificates;
using DigitalCity.Testing;

namespace DigitalCity.Tests.Unit.Publicity.Certificates;

/// <summary>
/// The CJK font found where the service looks by default. Without it the rendering tests report themselves skipped on
/// a developer's machine and fail under CI, whose <c>.ci/run</c> installs <c>fonts-wqy-microhei</c>.
/// </summary>
static class InstalledFont
{
    public static CertificateFont Require()
    {
        var font = CertificateFont.From(new CertificateOptions());
        if (font.Path is null)
        {
            CiRequirement.SkipOrFail(font.Problem!);
        }

        return font;
    }
}

using DigitalCity.Inspection.ManholeCovers;

namespace DigitalCity.Tests.Unit.Inspection.ManholeCovers;

public class ComponentCodeTests
{
    [Theory]
    [InlineData("4108020101000001", "410802", ManholeKind.Water, "000001")]
    [InlineData("4108110102000123", "410811", ManholeKind.Sewage, "000123")]
    [InlineData("4108030107999999", "410803", ManholeKind.Heating, "999999")]
    public void A_code_splits_into_district_kind_and_serial(string text, string district, ManholeKind kind, string serial)
    {
        var code = ComponentCode.Parse(text, out var problem);

        Assert.NotNull(code);
        Assert.Equal("", problem);
        Assert.Equal((text, district, kind, serial), (code.Value, code.DistrictCode, code.Kind, code.Serial));
    }

    [Theory]
    [InlineData(null, "16 digits")]
    [InlineData("410802010100001", "16 digits")]
    [InlineData("41080201010000012", "16 digits")]
    [InlineData("41080201010000a1", "16 digits")]
    [InlineData("4108020201000001", "大类 02")]
    [InlineData("4108020108000001", "小类 08")]
    [InlineData("4108020100000001", "小类 00")]
    [InlineData("4108020101000000", "000001")]
    public void A_malformed_code_is_refused_with_the_reason(string? text, string reason)
    {
        var code = ComponentCode.Parse(text, out var problem);

        Assert.Null(code);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect_types_are_the_items_of_the_manhole_checklist()
    {
        Assert.Equal(["missing", "broken", "loose", "sunken", "noisy", "mixed-up", "unmarked", "no-anti-fall-net"], DefectTypes.Codes);
        Assert.Null(DefectTypes.Find("cracked"));
    }
}

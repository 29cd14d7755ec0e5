using DigitalCity.Contracts;
using DigitalCity.Inspection.ManholeCovers;

namespace DigitalCity.Tests.Unit.Inspection.ManholeCovers;

/// <summary>Covers and defect reports for the manhole-cover tests.</summary>
internal static class Covers
{
    public const string Maintainer = "water-company";

    public static ManholeCover Registered(TimeProvider time, string code = "4108020101000001", bool removed = false) =>
        ManholeCover.Register(
            new CoverRegistration(ComponentCode.Parse(code, out _)!, new GeoPoint(113.2418, 35.2159), null, "解放区 民主路 12号",
                "water-group", Maintainer, CoverMaterial.DuctileIron, AntiFallNet: false, removed),
            "manager-1", time);

    public static DefectReport Report(string type = "broken", Guid? campaignId = null) =>
        new(DefectTypes.Find(type)!, campaignId, new DateOnly(2023, 1, 22), "井盖破损", ["defect.jpg"]);
}

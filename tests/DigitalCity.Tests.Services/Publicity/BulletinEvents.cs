using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation.Collection;

namespace DigitalCity.Tests.Services.Publicity;

/// <summary>The other services' events a bulletin counts, as they publish them, for the Spring Festival week of 2023.</summary>
static class BulletinEvents
{
    public const string Shanyang = "410811";
    public const string Jiefang = "410802";

    static readonly Guid Campaign = Guid.NewGuid();

    /// <summary>02:00 UTC, 10:00 in Jiaozuo, on a city day.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    public static InspectionGroupFormed Group(string district, DateOnly day, params string[] officers) =>
        new(Guid.NewGuid(), At(day), Guid.NewGuid(), Campaign, district, day, "检查组", officers[0], officers);

    public static InspectionCompleted Visit(string district, DateOnly day, string premises) =>
        new(Guid.NewGuid(), At(day), Guid.NewGuid(), Campaign, Guid.NewGuid(), Guid.NewGuid(), premises, district, day, ["officer-1"], 12, 0, []);

    public static HazardFound Hazard(string district, DateOnly day) =>
        new(Guid.NewGuid(), At(day), Guid.NewGuid(), Guid.NewGuid(), Campaign, Guid.NewGuid(), "福满园", district, day, "extinguisher", "灭火器在有效期内", "Minor", "灭火器已过期", []);

    public static HazardRectified Rectified(HazardFound hazard) =>
        new(Guid.NewGuid(), hazard.OccurredAt, hazard.HazardId, hazard.VisitId, Campaign, hazard.PremisesId, hazard.DistrictCode, hazard.Day, hazard.Day,
            hazard.ItemCode, Immediate: true, Late: false, "officer-1", []);

    public static WasteCollected Waste(string district, DateOnly day, string wasteType, long kilograms) =>
        new(Guid.NewGuid(), At(day), Guid.NewGuid(), $"wb-1/{Guid.NewGuid():N}", wasteType, kilograms, "TS-01", district, null, "WTE-1", At(day), day, "Weighbridge");

    public static CaseReported Reported(Guid caseId, string? district, DateOnly day) =>
        new(Guid.NewGuid(), At(day), caseId, "n", "E0102", "暴露垃圾", new GeoPoint(113.2, 35.2), "a", "d", [], "officer-1", DistrictCode: district);

    public static CaseClosed Closed(Guid caseId, DateOnly day) => new(Guid.NewGuid(), At(day), caseId, "n", "lead-1", false, 0);
}

using DigitalCity.Contracts;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Visits;

namespace DigitalCity.Tests.Unit.Inspection.Campaigns;

/// <summary>The Spring Festival gas-safety campaign of the story, a group of 山阳区 and visits to its restaurants.</summary>
internal static class CampaignData
{
    public const string Shanyang = "410811";
    public const string Jiefang = "410802";
    public static readonly DateOnly NewYearsDay = new(2023, 1, 22);

    public static ChecklistTemplate GasChecklist => ChecklistSeed.Templates.Single(t => t.Code == ChecklistSeed.GasSafety);

    public static Campaign GasCampaign(TimeProvider time) => Campaign.Plan(
        new CampaignPlan("2023 春节燃气安全专项检查", InspectionType.GasSafety, SpecialAction.PublicSafety,
            new DateOnly(2023, 1, 21), new DateOnly(2023, 1, 27), [Shanyang, Jiefang], ChecklistSeed.GasSafety, 1, null),
        "manager-1", time);

    public static InspectionGroup Group(Campaign campaign, TimeProvider time, string name = "山阳一组", params string[] officers) =>
        InspectionGroup.Form(campaign, Shanyang, NewYearsDay, name, "officer-1", officers.Length == 0 ? ["officer-1", "officer-2"] : officers, "manager-1", time);

    /// <summary>A visit where <paramref name="failed"/> failed with the given orders and every other item passed.</summary>
    public static InspectionVisit Visit(Campaign campaign, InspectionGroup group, TimeProvider time, params (string Item, RectificationOrder Order)[] failed)
    {
        var answers = GasChecklist.Items
            .Select(i => new ChecklistAnswer(i.Code, failed.Any(f => f.Item == i.Code) ? AnswerResult.Fail : AnswerResult.Pass, null, []))
            .ToList();
        var record = new VisitRecord(campaign, group, GasChecklist,
            new VisitedPremises(Guid.NewGuid(), "老彪胡辣汤", "山阳区 解放中路 1号", Shanyang, new GeoPoint(113.25, 35.22)),
            time.GetUtcNow(), NewYearsDay, group.OfficerIds, answers, failed.ToDictionary(f => f.Item, f => f.Order), []);
        return InspectionVisit.Record(record, "officer-1", null, time);
    }

    public static RectificationOrder OnTheSpot => new(RectificationMode.Immediate, null, ["fixed.jpg"]);

    public static RectificationOrder By(DateTimeOffset due) => new(RectificationMode.ByDeadline, due, []);
}

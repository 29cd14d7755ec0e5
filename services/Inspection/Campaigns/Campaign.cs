using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Campaigns;

/// <summary>
/// 专项行动 — a special inspection campaign: a period of city dates, the districts it covers, the checklist
/// version its visits are filled in against, and whether an overdue rectification opens a case in the
/// closed loop (<see cref="EscalationCategoryCode"/>).
/// </summary>
public sealed class Campaign : AggregateRoot
{
    Campaign()
    {
    }

    public string Name { get; private set; } = "";

    public InspectionType InspectionType { get; private set; }

    public SpecialAction SpecialAction { get; private set; }

    /// <summary>The first day of the campaign (city date).</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>The last day of the campaign (city date, included).</summary>
    public DateOnly EndDate { get; private set; }

    public IReadOnlyList<string> DistrictCodes { get; private set; } = [];

    public string ChecklistCode { get; private set; } = "";

    public int ChecklistVersion { get; private set; }

    /// <summary>The category a case is reported under when a rectification goes overdue; null: no case is opened.</summary>
    public string? EscalationCategoryCode { get; private set; }

    public string PlannedBy { get; private set; } = "";

    public DateTimeOffset PlannedAt { get; private set; }

    public static Campaign Plan(CampaignPlan plan, string plannedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            Name = plan.Name,
            InspectionType = plan.InspectionType,
            SpecialAction = plan.SpecialAction,
            StartDate = plan.StartDate,
            EndDate = plan.EndDate,
            DistrictCodes = [.. plan.DistrictCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            ChecklistCode = plan.ChecklistCode,
            ChecklistVersion = plan.ChecklistVersion,
            EscalationCategoryCode = plan.EscalationCategoryCode,
            PlannedBy = plannedBy,
            PlannedAt = now,
        };
        campaign.Raise(new CampaignPlanned(Guid.NewGuid(), now, campaign.Id, campaign.Name, campaign.InspectionType.ToString(),
            campaign.SpecialAction.ToString(), campaign.StartDate, campaign.EndDate, campaign.DistrictCodes,
            campaign.ChecklistCode, campaign.ChecklistVersion, plannedBy));
        return campaign;
    }

    public bool Covers(DateOnly day) => day >= StartDate && day <= EndDate;

    public bool Covers(string districtCode) => DistrictCodes.Contains(districtCode, StringComparer.Ordinal);
}

/// <summary>What a campaign manager plans, validated.</summary>
public sealed record CampaignPlan(
    string Name,
    InspectionType InspectionType,
    SpecialAction SpecialAction,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<string> DistrictCodes,
    string ChecklistCode,
    int ChecklistVersion,
    string? EscalationCategoryCode);

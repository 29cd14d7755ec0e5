using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Campaigns.Groups;

/// <summary>
/// 检查组 — enforcement officers a campaign sends into one district on one day. Its officers record the
/// group's visits; the group counts once in the day's "groups sent", each officer once in "officers sent".
/// </summary>
public sealed class InspectionGroup : AggregateRoot
{
    InspectionGroup()
    {
    }

    public Guid CampaignId { get; private set; }

    public string DistrictCode { get; private set; } = "";

    /// <summary>The city date the group works.</summary>
    public DateOnly Day { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>组长 — one of <see cref="OfficerIds"/>.</summary>
    public string LeaderId { get; private set; } = "";

    public IReadOnlyList<string> OfficerIds { get; private set; } = [];

    public string FormedBy { get; private set; } = "";

    public DateTimeOffset FormedAt { get; private set; }

    /// <summary>
    /// Forms a group for a day and district the campaign covers; the caller has checked both (the API
    /// answers 400 naming the field), so a breach here is a programming error.
    /// </summary>
    public static InspectionGroup Form(Campaign campaign, string districtCode, DateOnly day, string name, string leaderId, IReadOnlyList<string> officerIds, string formedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(officerIds);
        if (!campaign.Covers(day) || !campaign.Covers(districtCode))
        {
            throw new ArgumentException($"Campaign {campaign.Name} does not cover {districtCode} on {day:yyyy-MM-dd}.", nameof(day));
        }

        var officers = officerIds.Distinct(StringComparer.Ordinal).ToList();
        if (!officers.Contains(leaderId, StringComparer.Ordinal))
        {
            officers.Insert(0, leaderId);
        }

        var now = time.GetUtcNow();
        var group = new InspectionGroup
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            DistrictCode = districtCode,
            Day = day,
            Name = name,
            LeaderId = leaderId,
            OfficerIds = officers,
            FormedBy = formedBy,
            FormedAt = now,
        };
        group.Raise(new InspectionGroupFormed(Guid.NewGuid(), now, group.Id, campaign.Id, districtCode, day, name, leaderId, group.OfficerIds));
        return group;
    }

    public bool HasOfficer(string userId) => OfficerIds.Contains(userId, StringComparer.Ordinal);
}

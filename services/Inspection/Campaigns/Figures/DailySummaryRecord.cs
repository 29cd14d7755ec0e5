using System.Security.Cryptography;
using System.Text;
using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// 每日汇总 — the summary of one campaign, district and day, as published. Its id is derived from those
/// three, so it can be inserted once only: a second publisher's insert fails and publishes nothing.
/// </summary>
public sealed class DailySummaryRecord : AggregateRoot
{
    DailySummaryRecord()
    {
    }

    public Guid CampaignId { get; private set; }

    public string DistrictCode { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public CampaignFigures Figures { get; private set; } = CampaignFigures.Of([]);

    public DateTimeOffset PublishedAt { get; private set; }

    public static Guid IdOf(Guid campaignId, string districtCode, DateOnly day) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{campaignId}|{districtCode}|{day:yyyy-MM-dd}"))[..16]);

    public static DailySummaryRecord Publish(Campaign campaign, string districtCode, DateOnly day, CampaignFigures figures, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(figures);
        var now = time.GetUtcNow();
        var record = new DailySummaryRecord
        {
            Id = IdOf(campaign.Id, districtCode, day),
            CampaignId = campaign.Id,
            DistrictCode = districtCode,
            Day = day,
            Figures = figures,
            PublishedAt = now,
        };
        record.Raise(new DailyInspectionSummary(Guid.NewGuid(), now, campaign.Id, campaign.Name, districtCode, day,
            (int)figures.GroupsSent, (int)figures.OfficersSent, (int)figures.PremisesChecked, (int)figures.HazardsFound,
            figures.HazardsByType.ToDictionary(e => e.Key, e => (int)e.Value, StringComparer.Ordinal),
            (int)figures.RectifiedImmediately, (int)figures.RectifiedLater, (int)figures.Overdue));
        return record;
    }
}

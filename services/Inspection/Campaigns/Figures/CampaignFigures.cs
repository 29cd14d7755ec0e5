namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// The figures of a campaign for some districts and days — what a newspaper item like "山阳区派出 5 个检查组、
/// 12 名执法人员……" is written from. Summed over several days, officers and premises count once per day
/// (officer-days, premises-days).
/// </summary>
public sealed record CampaignFigures(
    long GroupsSent,
    long OfficersSent,
    long PremisesChecked,
    long Visits,
    long HazardsFound,
    IReadOnlyDictionary<string, long> HazardsByType,
    long RectifiedImmediately,
    long RectifiedLater,
    long Overdue)
{
    public static CampaignFigures Of(IEnumerable<FigureCount> counts)
    {
        var byIndicator = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var count in counts)
        {
            byIndicator[count.Indicator] = byIndicator.GetValueOrDefault(count.Indicator) + count.Count;
        }

        long Get(string indicator) => byIndicator.GetValueOrDefault(indicator);
        var byType = byIndicator.Where(e => FigureIndicators.HazardType(e.Key) is not null)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => FigureIndicators.HazardType(e.Key)!, e => e.Value, StringComparer.Ordinal);
        return new CampaignFigures(Get(FigureIndicators.Groups), Get(FigureIndicators.Officers), Get(FigureIndicators.Premises), Get(FigureIndicators.Visits),
            Get(FigureIndicators.Hazards), byType, Get(FigureIndicators.RectifiedImmediately), Get(FigureIndicators.RectifiedLater), Get(FigureIndicators.Overdue));
    }

    /// <summary>The figures of several districts or days together.</summary>
    public static CampaignFigures Sum(IReadOnlyCollection<CampaignFigures> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (type, count) in parts.SelectMany(p => p.HazardsByType))
        {
            byType[type] = byType.GetValueOrDefault(type) + count;
        }

        return new CampaignFigures(parts.Sum(p => p.GroupsSent), parts.Sum(p => p.OfficersSent), parts.Sum(p => p.PremisesChecked), parts.Sum(p => p.Visits),
            parts.Sum(p => p.HazardsFound), byType, parts.Sum(p => p.RectifiedImmediately), parts.Sum(p => p.RectifiedLater), parts.Sum(p => p.Overdue));
    }
}

/// <summary>One district's figures on one day.</summary>
public sealed record DistrictDayFigures(DateOnly Day, string DistrictCode, string DistrictName, CampaignFigures Figures);

/// <summary>One district's figures over the period asked.</summary>
public sealed record DistrictFigures(string DistrictCode, string DistrictName, CampaignFigures Figures);

/// <summary>A campaign's figures over a period: in all, per district, and per district and day.</summary>
public sealed record CampaignFiguresView(
    Guid CampaignId,
    string CampaignName,
    DateOnly From,
    DateOnly To,
    CampaignFigures Total,
    IReadOnlyList<DistrictFigures> Districts,
    IReadOnlyList<DistrictDayFigures> Days);

namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>The campaign figures' persistence port: facts recorded once, counted per campaign, district and day.</summary>
public interface ICampaignFigureStore
{
    /// <summary>Records the facts not recorded yet (by indicator and subject); returns how many were new.</summary>
    Task<int> RecordAsync(IReadOnlyList<FigureFact> facts, CancellationToken cancellationToken);

    /// <summary>A campaign's counts for the days <paramref name="from"/> to <paramref name="to"/> (both included), optionally of one district.</summary>
    Task<IReadOnlyList<FigureCount>> CountAsync(Guid campaignId, DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken);

    /// <summary>Every campaign and district with a figure on a day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<(Guid CampaignId, string DistrictCode, DateOnly Day)>> ActiveDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

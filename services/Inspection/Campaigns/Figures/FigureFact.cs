namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// One unit of one of a campaign's daily figures — "this group was sent", "these premises were checked
/// that day". <see cref="Indicator"/> and <see cref="Subject"/> identify it, so recording it again (a
/// redelivered event) changes nothing; it counts for its campaign, district and city date.
/// </summary>
public sealed record FigureFact(string Indicator, string Subject, Guid CampaignId, string DistrictCode, DateOnly Day);

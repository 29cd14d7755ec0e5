namespace DigitalCity.Publicity.Figures;

/// <summary>
/// One counted fact for the bulletins (通报): <paramref name="Quantity"/> of <paramref name="Metric"/> (1 for a count,
/// kilograms for waste) on a city <paramref name="Day"/> in a district. Keyed by the event it came from and its metric,
/// so a redelivered event is the same fact and is never counted twice.
/// </summary>
/// <param name="DistrictCode">The 6-digit district the fact happened in; null when it is not known (it then counts for the
/// whole city only, until the case's district is learned — see <see cref="CaseId"/>).</param>
/// <param name="CaseId">The inspection case a fact is about, so its district can be filled in from the case's report.</param>
public sealed record FigureFact(Guid EventId, DateOnly Day, string Metric, string? DistrictCode = null, long Quantity = 1, Guid? CaseId = null);

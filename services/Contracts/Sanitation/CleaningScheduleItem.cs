namespace DigitalCity.Contracts.Sanitation;

/// <summary>One cleaning method of a plan or of a holiday override.</summary>
/// <param name="Method"><c>MachineSweep</c> (机扫), <c>Wash</c> (冲洗) or <c>ManualSweep</c> (人工保洁).</param>
/// <param name="Windows">City-local windows as <c>HH:mm-HH:mm</c>, e.g. <c>05:00-07:00</c>.</param>
/// <param name="Crew">The user ids of the staff who do it; an override keeps the plan's crew.</param>
public sealed record CleaningScheduleItem(string Method, int RunsPerDay, IReadOnlyList<string> Windows, IReadOnlyList<string> Crew);

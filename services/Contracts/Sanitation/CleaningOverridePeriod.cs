namespace DigitalCity.Contracts.Sanitation;

/// <summary>A holiday override of a cleaning plan: city days <see cref="From"/> to <see cref="To"/> (inclusive) with their own methods.</summary>
public sealed record CleaningOverridePeriod(string Name, DateOnly From, DateOnly To, IReadOnlyList<CleaningScheduleItem> Methods);

namespace DigitalCity.Inspection.Cases;

/// <summary>An open case of the same category reported nearby and recently: likely the same incident.</summary>
public sealed record DuplicateCandidate(Guid Id, string Number, CaseStatus Status, DateTimeOffset ReportedAt, double DistanceMeters);

using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;

namespace DigitalCity.Inspection.Storage;

/// <summary>The exact distance filter and ordering both adapters apply to their nearby cases.</summary>
internal static class DuplicateCandidates
{
    /// <summary>What a candidate needs of a nearby case, read from its columns or from the whole case.</summary>
    public sealed record Nearby(Guid Id, string Number, CaseStatus Status, DateTimeOffset ReportedAt, GeoPoint Location);

    public static IReadOnlyList<DuplicateCandidate> Within(IEnumerable<Case> cases, GeoPoint point, double radiusMeters) =>
        Within(cases.Select(c => new Nearby(c.Id, c.Number, c.Status, c.ReportedAt, c.Location)), point, radiusMeters);

    public static IReadOnlyList<DuplicateCandidate> Within(IEnumerable<Nearby> cases, GeoPoint point, double radiusMeters) =>
    [
        .. cases
            .Select(c => new DuplicateCandidate(c.Id, c.Number, c.Status, c.ReportedAt, Math.Round(GeoDistance.Meters(point, c.Location), 1)))
            .Where(c => c.DistanceMeters <= radiusMeters)
            .OrderBy(c => c.DistanceMeters),
    ];
}

namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>A plan as the API shows it: the request's fields (windows as <c>HH:mm-HH:mm</c>) plus who set it and its version.</summary>
public sealed record CleaningPlanView(
    Guid Id,
    string SegmentCode,
    string RoadName,
    string DistrictCode,
    string From,
    string To,
    int LengthMetres,
    RoadGrade Grade,
    string QualityTarget,
    IReadOnlyList<CleaningPlanView.MethodView> Methods,
    IReadOnlyList<CleaningPlanView.OverrideView> Overrides,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string SetBy,
    DateTimeOffset SetAt,
    long Version)
{
    public sealed record MethodView(CleaningMethod Method, int RunsPerDay, IReadOnlyList<string> Windows, IReadOnlyList<string> Crew);

    public sealed record OverrideView(string Name, DateOnly From, DateOnly To, IReadOnlyList<OverrideMethodView> Methods);

    public sealed record OverrideMethodView(CleaningMethod Method, int RunsPerDay, IReadOnlyList<string> Windows);

    public static CleaningPlanView Of(CleaningPlan p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.SegmentCode, p.RoadName, p.DistrictCode, p.FromDescription, p.ToDescription, p.LengthMetres, p.Grade, p.QualityTarget,
            [.. p.Methods.Select(m => new MethodView(m.Method, m.RunsPerDay, Texts(m.Windows), m.Crew))],
            [.. p.Overrides.Select(o => new OverrideView(o.Name, o.From, o.To, [.. o.Methods.Select(m => new OverrideMethodView(m.Method, m.RunsPerDay, Texts(m.Windows)))]))],
            p.CreatedBy, p.CreatedAt, p.SetBy, p.SetAt, p.Version);
    }

    static string[] Texts(IReadOnlyList<TimeWindow> windows) => [.. windows.Select(w => w.ToString())];
}

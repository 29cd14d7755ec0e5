using System.Text.RegularExpressions;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>
/// A road segment's plan as a supervisor sends it, to create (<c>POST</c>) or replace (<c>PUT</c>, with the
/// <see cref="Version"/> read) it. <see cref="Read"/> checks every rule and names the field it breaks.
/// </summary>
public sealed partial record PlanRequest(
    string? SegmentCode,
    string? RoadName,
    string? DistrictCode,
    string? From,
    string? To,
    int? LengthMetres,
    RoadGrade? Grade,
    string? QualityTarget,
    IReadOnlyList<PlanRequest.MethodInput>? Methods,
    IReadOnlyList<PlanRequest.OverrideInput>? Overrides,
    long? Version)
{
    public const int MaxRunsPerDay = 48;
    public const int MaxWindows = 12;
    public const int MaxCrew = 50;
    public const int MaxOverrides = 24;
    public const int MaxOverrideDays = 93;
    public const int MaxLengthMetres = 100_000;

    /// <param name="Windows">City-local <c>HH:mm-HH:mm</c> windows, e.g. <c>["05:00-07:00", "14:00-16:00"]</c>.</param>
    /// <param name="Crew">User ids of the sanitation staff who do this method.</param>
    public sealed record MethodInput(CleaningMethod? Method, int? RunsPerDay, IReadOnlyList<string>? Windows, IReadOnlyList<string>? Crew);

    /// <param name="From">The first city day of the override.</param>
    /// <param name="To">The last city day, inclusive.</param>
    public sealed record OverrideInput(string? Name, DateOnly? From, DateOnly? To, IReadOnlyList<OverrideMethodInput>? Methods);

    public sealed record OverrideMethodInput(CleaningMethod? Method, int? RunsPerDay, IReadOnlyList<string>? Windows);

    /// <summary>Letters, digits, dot, dash, underscore; it stands in URLs.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex SegmentCodePattern();

    /// <summary>The county-level codes of 焦作市 (4108xx): 解放区 410802, 山阳区 410811, 武陟县 410823, …</summary>
    [GeneratedRegex("^4108[0-9]{2}$")]
    private static partial Regex DistrictCodePattern();

    /// <summary>The plan this request sets, or null with <paramref name="errors"/> naming each field that breaks a rule.</summary>
    public PlanSpec? Read(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("segmentCode", SegmentCode, 40);
        errors.Check(SegmentCode is null || SegmentCodePattern().IsMatch(SegmentCode), "segmentCode",
            "'segmentCode' is letters, digits, '.', '-' or '_' (it is part of the plan's URL).");
        errors.Required("roadName", RoadName, 100);
        errors.Required("districtCode", DistrictCode, 6);
        errors.Check(DistrictCode is null || DistrictCodePattern().IsMatch(DistrictCode), "districtCode",
            "'districtCode' is a 6-digit district code of Jiaozuo (4108xx), e.g. 410802 解放区 or 410811 山阳区.");
        errors.Required("from", From, 100);
        errors.Required("to", To, 100);
        errors.Required("lengthMetres", LengthMetres);
        errors.Check(LengthMetres is null or (>= 1 and <= MaxLengthMetres), "lengthMetres", $"'lengthMetres' must be between 1 and {MaxLengthMetres}.");
        errors.Required("grade", Grade);
        errors.Required("qualityTarget", QualityTarget, 200);
        var methods = ReadMethods(errors);
        var overrides = ReadOverrides(methods, errors);
        return errors.Any
            ? null
            : new PlanSpec(SegmentCode!, RoadName!.Trim(), DistrictCode!, From!.Trim(), To!.Trim(), LengthMetres!.Value, Grade!.Value,
                QualityTarget!.Trim(), methods, overrides);
    }

    List<MethodSchedule> ReadMethods(ValidationErrors errors)
    {
        var inputs = Methods ?? [];
        errors.Check(inputs.Count > 0, "methods", "Name at least one method: MachineSweep (机扫), Wash (冲洗) or ManualSweep (人工保洁).");
        var methods = new List<MethodSchedule>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"methods[{i}]";
            errors.Required($"{field}.method", input.Method);
            errors.Check(input.Method is null || inputs.Take(i).All(m => m.Method != input.Method), $"{field}.method", $"{input.Method} is planned more than once.");
            var runs = RunsPerDay($"{field}.runsPerDay", input.RunsPerDay, errors);
            var windows = ReadWindows($"{field}.windows", input.Windows, errors);
            var crew = input.Crew ?? [];
            errors.Check(crew.Count is > 0 and <= MaxCrew, $"{field}.crew", $"Name the crew: 1 to {MaxCrew} user ids of sanitation staff.");
            errors.Check(crew.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= 64), $"{field}.crew", "Each crew member is a user id of at most 64 characters.");
            errors.Check(crew.Distinct(StringComparer.Ordinal).Count() == crew.Count, $"{field}.crew", "A crew member is named more than once.");
            if (input.Method is { } method)
            {
                methods.Add(new MethodSchedule(method, runs, windows, [.. crew]));
            }
        }

        return methods;
    }

    List<HolidayOverride> ReadOverrides(IReadOnlyList<MethodSchedule> planned, ValidationErrors errors)
    {
        var inputs = Overrides ?? [];
        errors.Check(inputs.Count <= MaxOverrides, "overrides", $"At most {MaxOverrides} overrides.");
        var overrides = new List<HolidayOverride>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"overrides[{i}]";
            errors.Required($"{field}.name", input.Name, 50);
            errors.Period($"{field}.from", input.From, $"{field}.to", input.To, MaxOverrideDays);

            var methodInputs = input.Methods ?? [];
            errors.Check(methodInputs.Count > 0, $"{field}.methods", "An override names at least one method of the plan.");
            var methods = new List<MethodOverride>();
            for (var j = 0; j < methodInputs.Count; j++)
            {
                var methodInput = methodInputs[j];
                var methodField = $"{field}.methods[{j}]";
                errors.Required($"{methodField}.method", methodInput.Method);
                errors.Check(methodInput.Method is null || planned.Count == 0 || planned.Any(m => m.Method == methodInput.Method), $"{methodField}.method",
                    $"{methodInput.Method} is not a method of this plan; an override changes the runs and windows of the plan's methods.");
                errors.Check(methodInput.Method is null || methodInputs.Take(j).All(m => m.Method != methodInput.Method), $"{methodField}.method",
                    $"{methodInput.Method} is named more than once in this override.");
                var runs = RunsPerDay($"{methodField}.runsPerDay", methodInput.RunsPerDay, errors);
                var windows = ReadWindows($"{methodField}.windows", methodInput.Windows, errors);
                if (methodInput.Method is { } method)
                {
                    methods.Add(new MethodOverride(method, runs, windows));
                }
            }

            if (input.Name is not null && input.From is { } start && input.To is { } end && start <= end)
            {
                var period = new HolidayOverride(input.Name.Trim(), start, end, methods);
                if (overrides.FirstOrDefault(period.Overlaps) is { } earlier)
                {
                    errors.Add(field, $"{period} overlaps {earlier}; one override applies on a day.");
                }

                overrides.Add(period);
            }
        }

        return overrides;
    }

    static int RunsPerDay(string field, int? runs, ValidationErrors errors)
    {
        errors.Required(field, runs);
        errors.Check(runs is null or (>= 1 and <= MaxRunsPerDay), field, $"'runsPerDay' must be between 1 and {MaxRunsPerDay}.");
        return runs ?? 0;
    }

    /// <summary>Each window <c>HH:mm-HH:mm</c>, ending after it starts (none crosses midnight), none overlapping another of the method.</summary>
    static List<TimeWindow> ReadWindows(string field, IReadOnlyList<string>? inputs, ValidationErrors errors)
    {
        var texts = inputs ?? [];
        errors.Check(texts.Count is > 0 and <= MaxWindows, field, $"Give 1 to {MaxWindows} windows in city-local time, e.g. [\"05:00-07:00\", \"14:00-16:00\"].");
        var windows = new List<TimeWindow>();
        for (var i = 0; i < texts.Count; i++)
        {
            var windowField = $"{field}[{i}]";
            var window = TimeWindow.Parse(texts[i]);
            if (window is null)
            {
                errors.Add(windowField, $"'{texts[i]}' is not a window HH:mm-HH:mm, e.g. 05:00-07:00.");
                continue;
            }

            if (window.End <= window.Start)
            {
                errors.Add(windowField, $"{window} ends before it starts or is empty; a window does not cross midnight: split it into two (22:00-23:59 and 00:00-02:00).");
                continue;
            }

            if (windows.FirstOrDefault(window.Overlaps) is { } earlier)
            {
                errors.Add(windowField, $"{window} overlaps {earlier} of the same method.");
                continue;
            }

            windows.Add(window);
        }

        return windows;
    }
}

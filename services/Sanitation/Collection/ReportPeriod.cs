using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Collection;

/// <summary>The city-local days a list or report covers: <c>from</c> and <c>to</c> inclusive, both required, at most <see cref="MaxDays"/>.</summary>
public static class ReportPeriod
{
    public const int MaxDays = 366;

    public static (DateOnly From, DateOnly To) Read(DateOnly? from, DateOnly? to, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Period("from", from, "to", to, MaxDays);
        return (from ?? default, to ?? default);
    }
}

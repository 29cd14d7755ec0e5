using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Collection;

/// <summary>The city-local days a list or report covers: <c>from</c> and <c>to</c> inclusive, both required, at most <see cref="MaxDays"/>.</summary>
public static class ReportPeriod
{
    public const int MaxDays = 366;

    public static (DateOnly From, DateOnly To) Read(DateOnly? from, DateOnly? to, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("from", from).Required("to", to);
        if (from is { } f && to is { } t)
        {
            errors.Check(f <= t, "to", "'to' must not be before 'from'.");
            errors.Check(t.DayNumber - f.DayNumber < MaxDays, "to", $"A period covers at most {MaxDays} days.");
            return (f, t);
        }

        return default;
    }
}

using System.Globalization;

namespace DigitalCity.ServiceDefaults.Storage;

/// <summary>
/// Days and instants as fact tables store them in text: <c>yyyy-MM-dd</c>, and fixed-width UTC round-trip
/// (<c>O</c>), so both compare and sort correctly as text.
/// </summary>
public static class StoredText
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

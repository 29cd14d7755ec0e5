using Microsoft.AspNetCore.Http;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>Collects field errors of a request and turns them into an RFC 9457 validation problem.</summary>
public sealed class ValidationErrors
{
    public const int MaxPhotos = 9;
    public const int MaxPhotoRefLength = 512;

    readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    int _count;

    public bool Any => _errors.Count > 0;

    /// <summary>How many messages were added, over every field.</summary>
    public int Count => _count;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        _count++;
        return this;
    }

    public ValidationErrors Check(bool valid, string field, string message) => valid ? this : Add(field, message);

    public ValidationErrors Required(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"'{field}' is required.");
        }

        return Check(value.Length <= maxLength, field, $"'{field}' must be at most {maxLength} characters.");
    }

    public ValidationErrors Required<T>(string field, T? value)
        where T : struct => Check(value.HasValue, field, $"'{field}' is required.");

    /// <summary>
    /// A period of city days, both ends required (<c>{fromField}</c>, <c>{toField}</c>, inclusive): the end not
    /// before the start, and at most <paramref name="maxDays"/> days in all; a bad end is reported on <c>{toField}</c>.
    /// </summary>
    public ValidationErrors Period(string fromField, DateOnly? from, string toField, DateOnly? to, int maxDays)
    {
        Required(fromField, from);
        Required(toField, to);
        if (from is { } start && to is { } end)
        {
            Check(start <= end, toField, $"'{toField}' must not be before '{fromField}'.");
            Check(end.DayNumber - start.DayNumber < maxDays, toField, $"The period is at most {maxDays} days.");
        }

        return this;
    }

    /// <summary>A WGS84 point's two parts, each required and in range, reported as <c>{field}.longitude</c> and <c>{field}.latitude</c>.</summary>
    public ValidationErrors Coordinates(string field, double? longitude, double? latitude) =>
        Coordinates($"{field}.longitude", $"{field}.latitude", longitude, latitude);

    /// <summary>A WGS84 point's two parts under their own field names (e.g. Open311's <c>long</c> and <c>lat</c>), each required and in range.</summary>
    public ValidationErrors Coordinates(string longitudeField, string latitudeField, double? longitude, double? latitude)
    {
        Check(longitude is >= -180 and <= 180, longitudeField, $"'{longitudeField}' is required and must be between -180 and 180 (WGS84).");
        return Check(latitude is >= -90 and <= 90, latitudeField, $"'{latitudeField}' is required and must be between -90 and 90 (WGS84).");
    }

    /// <summary>
    /// Photo references from the field: object keys or https URLs of photos already uploaded to the city's
    /// object storage (docs/photos.md). At most nine, each short, each a JPEG, PNG, WebP or HEIC image.
    /// </summary>
    public ValidationErrors PhotoRefs(string field, IReadOnlyList<string>? photoRefs)
    {
        var photos = photoRefs ?? [];
        Check(photos.Count <= MaxPhotos, field, $"At most {MaxPhotos} photos.");
        Check(photos.All(p => !string.IsNullOrWhiteSpace(p) && p.Length <= MaxPhotoRefLength), field,
            $"Each photo reference must be non-empty and at most {MaxPhotoRefLength} characters.");
        return Check(photos.All(IsPhotoReference), field,
            $"Each photo reference must be an object key or an https URL ending in {string.Join(", ", PhotoExtensions)}.");
    }

    static readonly string[] PhotoExtensions = [".jpg", ".jpeg", ".png", ".webp", ".heic"];

    static bool IsPhotoReference(string reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return false;
        }

        var path = reference;
        if (reference.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(reference, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                return false;
            }

            path = uri.AbsolutePath;
        }
        else if (reference.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\') || reference.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return PhotoExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    public IResult ToResult() => Results.ValidationProblem(ToDictionary(), title: "The request is not valid.");
}

using Microsoft.AspNetCore.Http;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>Collects field errors of a request and turns them into an RFC 9457 validation problem.</summary>
public sealed class ValidationErrors
{
    readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
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

    public IResult ToResult() => Results.ValidationProblem(ToDictionary(), title: "The request is not valid.");
}

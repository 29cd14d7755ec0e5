using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>Reads <c>page</c> and <c>pageSize</c> query values; the size is capped at <see cref="PageRequest.MaxSize"/>.</summary>
public static class Paging
{
    public static PageRequest Read(int? page, int? pageSize, ValidationErrors errors)
    {
        var number = page ?? 1;
        var size = pageSize ?? PageRequest.DefaultSize;
        errors.Check(number >= 1, "page", "'page' starts at 1.");
        errors.Check(size is >= 1 and <= PageRequest.MaxSize, "pageSize", $"'pageSize' must be between 1 and {PageRequest.MaxSize}.");
        return new PageRequest(Math.Max(number, 1), Math.Clamp(size, 1, PageRequest.MaxSize));
    }
}

using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Categories;

/// <summary>Configuration section <c>Inspection:Categories</c>.</summary>
public sealed class CategoryOptions
{
    public const string Section = "Inspection:Categories";

    /// <summary>How long a replica serves categories from memory before reading the book again.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    public static CategoryOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<CategoryOptions>() ?? new CategoryOptions();
        return options.RefreshInterval >= TimeSpan.Zero && options.RefreshInterval <= TimeSpan.FromHours(1)
            ? options
            : throw new InvalidOperationException($"{Section}:RefreshInterval must be between 00:00:00 and 01:00:00.");
    }
}

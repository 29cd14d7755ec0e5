using DigitalCity.Inspection.Categories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Open311;

/// <summary>
/// The service list and each service's definition: one Open311 service per case category (案件类别) in
/// effect and not retired — <c>service_code</c> the category code, <c>group</c> its 大类, the 立案条件 as the
/// description. The only attribute is the description every case needs; the rest of a case report
/// (location, address, photo) are the spec's standard fields.
/// </summary>
public static class ServiceList
{
    /// <summary>The attribute every service asks for: it becomes the case's description (问题描述).</summary>
    public const string DescriptionAttribute = "description";

    public static RouteGroupBuilder MapServiceList(this RouteGroupBuilder open311)
    {
        open311.MapGet("/services.{format}", ListAsync)
            .WithName("Open311Services")
            .WithSummary("GeoReport v2 service list: one service per case category in effect, grouped by 大类.");
        open311.MapGet("/services/{serviceCode}.{format}", DefinitionAsync)
            .WithName("Open311ServiceDefinition")
            .WithSummary("GeoReport v2 service definition: the attributes a request of this service carries.");
        return open311;
    }

    /// <summary>The category a service code names, in effect now and not retired; null otherwise.</summary>
    public static async Task<Category?> FindAsync(CategoryBookStore categories, string? serviceCode, TimeProvider time, CancellationToken cancellationToken) =>
        (await categories.CatalogAsync(cancellationToken)).Find(serviceCode, time.GetUtcNow()) is { Active: true } category ? category : null;

    public static Open311Result UnknownService(Open311Format format, string? serviceCode) =>
        Open311Result.Error(format, StatusCodes.Status404NotFound,
            $"service_code '{serviceCode}' is not a service here; see {Open311Module.Prefix}/services.{format.ToString().ToLowerInvariant()}.");

    static async Task<Open311Result> ListAsync(string format, CategoryBookStore categories, TimeProvider time, CancellationToken cancellationToken)
    {
        var catalog = await categories.CatalogAsync(cancellationToken);
        var services = catalog.At(time.GetUtcNow()).Where(c => c.Active).Select(Service).ToList<object?>();
        return new Open311Result(new Open311Array("service", services), "services", Open311Formats.Of(format));
    }

    static async Task<Open311Result> DefinitionAsync(string serviceCode, string format, CategoryBookStore categories, TimeProvider time, CancellationToken cancellationToken)
    {
        var answer = Open311Formats.Of(format);
        if (await FindAsync(categories, serviceCode, time, cancellationToken) is not { } category)
        {
            return UnknownService(answer, serviceCode);
        }

        var description = new Open311Object(
        [
            ("variable", true),
            ("code", DescriptionAttribute),
            ("datatype", "text"),
            ("required", true),
            ("datatype_description", "At most 2000 characters; the standard 'description' field may carry it instead."),
            ("order", 1),
            ("description", $"问题描述 — what is wrong at the place ({category.Name}). 立案条件: {category.FilingCondition ?? category.Name}"),
        ]);
        var definition = new Open311Object([("service_code", category.Code), ("attributes", new Open311Array("attribute", [description]))]);
        return new Open311Result(definition, "service_definition", answer);
    }

    static Open311Object Service(Category category) => new(
    [
        ("service_code", category.Code),
        ("service_name", category.Name),
        ("description", category.FilingCondition ?? category.Name),
        ("metadata", true),
        ("type", "realtime"),
        ("keywords", string.Join(",", category.MajorName, category.Name, category.Kind == CategoryKind.Component ? "部件" : "事件")),
        ("group", category.MajorName),
    ]);
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace DigitalCity.Inspection.Open311;

/// <summary>An Open311 answer in the format the path asked for; <paramref name="XmlRoot"/> names the XML document element.</summary>
public sealed record Open311Result(object Body, string XmlRoot, Open311Format Format, int StatusCode = StatusCodes.Status200OK) : IResult
{
    /// <summary>
    /// The spec's error list, one entry per problem: <c>[{"code":400,"description":"…"}]</c> or
    /// <c>&lt;errors&gt;&lt;error&gt;&lt;code&gt;400&lt;/code&gt;…</c>, with the same HTTP status.
    /// </summary>
    public static Open311Result Errors(Open311Format format, int status, IEnumerable<string> descriptions) =>
        new(new Open311Array("error", [.. descriptions.Select(d => new Open311Object([("code", status), ("description", d)]))]),
            "errors", format, status);

    public static Open311Result Error(Open311Format format, int status, string description) => Errors(format, status, [description]);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = $"{Format.MediaType()}; charset=utf-8";
        if (Format == Open311Format.Xml)
        {
            var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) };
            await using var writer = XmlWriter.Create(response.Body, settings);
            await new XDocument(new XDeclaration("1.0", "utf-8", null), Open311Document.ToXml(XmlRoot, Body)).SaveAsync(writer, httpContext.RequestAborted);
            return;
        }

        // Chinese text and '+' offsets as they are: the body is JSON for 311 apps, never inlined in HTML.
        await using var json = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Open311Document.WriteJson(json, Body);
        await json.FlushAsync(httpContext.RequestAborted);
    }
}

using System.Text.Json;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace DigitalCity.Tests.Unit;

/// <summary>
/// Asserts that an aggregate with private setters comes back whole from each adapter's document form,
/// compared as its JSON. The BSON form is checked without a server.
/// </summary>
internal static class DocumentRoundTrip
{
    static string Json(object aggregate) => JsonSerializer.Serialize(aggregate, aggregate.GetType(), DocumentJson.Options);

    public static void ThroughSqliteJson(AggregateRoot original) =>
        Assert.Equal(Json(original), Json(JsonSerializer.Deserialize(Json(original), original.GetType(), DocumentJson.Options)!));

    public static void ThroughMongoDocument(AggregateRoot original)
    {
        MongoConventions.Register();
        Assert.Equal(Json(original), Json(BsonSerializer.Deserialize(original.ToBsonDocument(original.GetType()), original.GetType())));
    }
}

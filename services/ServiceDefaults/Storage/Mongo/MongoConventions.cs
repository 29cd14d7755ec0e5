using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>
/// How DigitalCity documents look in MongoDB: camelCase names, enums as strings, GUIDs in the
/// standard binary subtype 4, times as BSON dates (UTC), and unknown fields ignored so documents
/// written by a newer version still load.
/// </summary>
public static class MongoConventions
{
    static readonly Lock Gate = new();
    static bool _registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            ConventionRegistry.Register("digitalcity", new ConventionPack
            {
                new CamelCaseElementNameConvention(),
                new EnumRepresentationConvention(BsonType.String),
                new IgnoreExtraElementsConvention(true),
            }, _ => true);
            BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));
            BsonSerializer.TryRegisterSerializer(new DateTimeOffsetSerializer(BsonType.DateTime));
            _registered = true;
        }
    }
}

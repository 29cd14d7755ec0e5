using DigitalCity.ServiceDefaults.Outbox;
using MongoDB.Driver;

namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>One service's MongoDB database and the signal that wakes its outbox dispatcher.</summary>
public sealed record MongoServiceDatabase(IMongoDatabase Database, OutboxSignal Signal);

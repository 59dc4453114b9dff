import confluent_kafka as ck, sys
p = ck.Producer({"test.mock.num.brokers": 1, "partitioner": "murmur2_random", "log_level": 0})
keys = [b"", b"a", b"21", b"abc", b"foobar", b"user-42", b"order:000123", "caf\u00e9".encode(), bytes(range(7)),
        b"a-little-bit-long-string", b"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", b"\xff\xfe\xfd\x80", b"x" * 100]
keys += [b"key-%d" % i for i in range(100)]
res = {}
def cb(err, msg):
    assert err is None, err
    res[msg.key()] = msg.partition()
for k in keys:
    p.produce("murmur2", key=k, value=b"v", on_delivery=cb)
p.flush(20)
n = len(p.list_topics("murmur2", timeout=5).topics["murmur2"].partitions)
with open(sys.argv[1], "w") as out:
    out.write("# key (hex)\tpartition count\tpartition chosen by librdkafka %s, partitioner=murmur2_random\n" % ck.libversion()[0])
    for k in keys:
        out.write("%s\t%d\t%d\n" % (k.hex(), n, res[k]))
print(n, len(res))

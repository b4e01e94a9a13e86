package io.storyline.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of per-block stories linked by shared articles, by min-label propagation:
 * every node takes the smallest label among itself and its neighbours until nothing changes. Rounds
 * are bounded by the longest chain of linked parts, which is short (a story crosses a few windows and
 * sits in {@code keyHashes} buckets), and each round is one shuffle of the edges, not of articles.
 *
 * @param labels each node and its component's smallest node
 * @param rounds propagation rounds run
 */
record Components(JavaPairRDD<String, String> labels, int rounds) {

    static final int MAX_ROUNDS = 50;

    static Components of(JavaPairRDD<String, String> links, JavaRDD<String> nodes, int partitions) {
        // one partitioner for edges and labels: joins stay narrow and the partition count never grows
        HashPartitioner by = new HashPartitioner(partitions);
        JavaPairRDD<String, String> edges = links.flatMapToPair(e -> java.util.List.of(e, e.swap()).iterator())
                .distinct(partitions).partitionBy(by).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = nodes.mapToPair(n -> new Tuple2<>(n, n)).partitionBy(by)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        int rounds = 0;
        while (rounds < MAX_ROUNDS) {
            rounds++;
            JavaPairRDD<String, String> offered = edges.join(labels, by)
                    .mapToPair(pair -> new Tuple2<>(pair._2()._1(), pair._2()._2()));
            JavaPairRDD<String, String> next = labels.union(offered)
                    .reduceByKey(by, (a, b) -> a.compareTo(b) <= 0 ? a : b)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels, by).filter(pair -> !pair._2()._1().equals(pair._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        edges.unpersist();
        return new Components(labels, rounds);
    }
}

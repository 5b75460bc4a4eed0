/**
 * Attaché on Apache Spark: the same read, clean, date, annotate, code and resolve steps as {@code
 * extract}, run in {@code mapPartitions} over files from any Hadoop-compatible path, with one
 * annotator per executor JVM, writing events and documents as Parquet.
 */
package org.attache.spark;

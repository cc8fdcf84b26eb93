package org.lexmaturity.ingest;

/**
 * One input file, already in memory: statute files are small (the largest Finnish acts are a few MB), and the
 * format is told from the content, so it is read once.
 *
 * @param name    the file name or archive entry, as shown in messages
 * @param content the bytes
 */
public record StatuteSource(String name, byte[] content) {}

package io.statuslint.flink;

import io.statuslint.traffic.BadInputException;
import io.statuslint.traffic.NdjsonLines;
import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficInputs;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads recorded traffic files for Flink's {@code FileSource}: one split per file, the format told by
 * content (as {@code statuslint check} tells it, gzip included). An NDJSON log is cut into numbered
 * lines ({@link NdjsonLines}, the same numbering as the single-process reader); a HAR file becomes one
 * {@link TrafficRecord.Kind#HAR_FILE} record that a checking task streams whole.
 *
 * <p>Files are not split: an exchange's entry index is its line number, which a reader starting in
 * the middle of a file cannot know. Read parallelism is therefore per file (a gateway writes many),
 * and the expensive part — parsing and rules — is spread over all tasks downstream.
 *
 * <p>Checkpoints record how many records of the file were emitted; a restored reader skips them.
 */
final class TrafficFileFormat implements BulkFormat<TrafficRecord, FileSourceSplit> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(TrafficFileFormat.class);

  private static final int BUFFER = 64 * 1024;
  private static final int PEEK = 64 * 1024;
  private static final int BATCH_RECORDS = 2048;
  private static final long BATCH_BYTES = 4L * 1024 * 1024;

  private final InputNames names;
  private final boolean lenient;

  TrafficFileFormat(InputNames names, boolean lenient) {
    this.names = names;
    this.lenient = lenient;
  }

  @Override
  public Reader<TrafficRecord> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new FileReader(split, 0);
  }

  @Override
  public Reader<TrafficRecord> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    long emitted = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new FileReader(split, emitted);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<TrafficRecord> getProducedType() {
    return TypeInformation.of(TrafficRecord.class);
  }

  private final class FileReader implements Reader<TrafficRecord> {
    private final String name;
    private final Path path;
    private NdjsonLines lines;
    private TrafficRecord har;
    private long emitted;
    private boolean done;

    FileReader(FileSourceSplit split, long alreadyEmitted) throws IOException {
      this.path = split.path();
      this.name = names.nameOf(path);
      ReaderOptions options = ReaderOptions.defaults().withLenient(lenient);
      InputStream in = path.getFileSystem().open(path);
      try {
        InputStream content = decompressed(new BufferedInputStream(in, BUFFER));
        content.mark(PEEK);
        byte[] head = content.readNBytes(PEEK);
        content.reset();
        if (TrafficInputs.detect(head, name) == TrafficInputs.Format.HAR) {
          in.close();
          har = TrafficRecord.harFile(name, path.toString());
        } else {
          lines = new NdjsonLines(content, name, options);
        }
      } catch (BadInputException e) {
        in.close();
        if (!lenient) {
          throw e;
        }
        LOG.warn("skipped unreadable input: {}", e.getMessage());
        done = true;
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
      skip(alreadyEmitted);
    }

    private InputStream decompressed(BufferedInputStream in) throws IOException {
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      if (b0 == 0x1f && b1 == 0x8b) {
        return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
      }
      return in;
    }

    private void skip(long records) throws IOException {
      while (emitted < records && !done) {
        if (har != null) {
          har = null;
          emitted++;
          done = true;
        } else if (lines.next()) {
          emitted++;
        } else {
          done = true;
        }
      }
    }

    @Override
    public RecordIterator<TrafficRecord> readBatch() throws IOException {
      if (done) {
        return null;
      }
      long before = emitted;
      TrafficRecord[] batch;
      int n = 0;
      if (har != null) {
        batch = new TrafficRecord[] {har};
        n = 1;
        har = null;
        done = true;
      } else {
        batch = new TrafficRecord[BATCH_RECORDS];
        long bytes = 0;
        while (n < BATCH_RECORDS && bytes < BATCH_BYTES) {
          if (!lines.next()) {
            done = true;
            break;
          }
          byte[] line = lines.copyOfLine();
          bytes += line.length;
          batch[n++] = TrafficRecord.line(name, lines.index(), line);
        }
        if (done && lines.skipped() > 0) {
          LOG.warn("{}: skipped {} unreadable lines", name, lines.skipped());
        }
      }
      if (n == 0) {
        return null;
      }
      emitted += n;
      ArrayResultIterator<TrafficRecord> it = new ArrayResultIterator<>();
      it.set(batch, n, CheckpointedPosition.NO_OFFSET, before);
      return it;
    }

    @Override
    public void close() throws IOException {
      done = true;
      if (lines != null) {
        lines.close();
      }
    }
  }
}

package io.statuslint.flink;

import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;

/**
 * Settings for Flink running inside this process (the local runner and the tests' MiniCluster):
 * every endpoint Flink opens — REST, RPC, the data exchange between tasks — binds to the loopback
 * address on a free port, so a local audit is never reachable from the network and two runs never
 * fight over port 8081. And {@code --parallelism N} means N tasks: a batch job's parallelism is not
 * lowered to fit the data volume, as Flink's adaptive batch scheduler otherwise does.
 */
public final class LocalFlink {

  public static final String LOOPBACK = "127.0.0.1";

  private LocalFlink() {}

  public static Configuration configuration() {
    Configuration conf = new Configuration();
    conf.set(RestOptions.ADDRESS, LOOPBACK);
    conf.set(RestOptions.BIND_ADDRESS, LOOPBACK);
    conf.set(RestOptions.BIND_PORT, "0");
    conf.set(JobManagerOptions.ADDRESS, LOOPBACK);
    conf.set(JobManagerOptions.BIND_HOST, LOOPBACK);
    conf.set(TaskManagerOptions.HOST, LOOPBACK);
    conf.set(TaskManagerOptions.BIND_HOST, LOOPBACK);
    conf.set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false);
    return conf;
  }
}

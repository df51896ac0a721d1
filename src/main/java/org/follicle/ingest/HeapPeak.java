package org.follicle.ingest;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at any moment while it is open: the heap just before each collection (when
 * it is fullest) and at the end. Summing each pool's own peak would add peaks of different moments.
 */
final class HeapPeak implements NotificationListener, AutoCloseable {

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final List<NotificationEmitter> collectors =
      ManagementFactory.getGarbageCollectorMXBeans().stream()
          .filter(NotificationEmitter.class::isInstance)
          .map(NotificationEmitter.class::cast)
          .toList();
  private final AtomicLong peak = new AtomicLong();

  HeapPeak() {
    collectors.forEach(collector -> collector.addNotificationListener(this, null, null));
    peak.set(used());
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long before =
        info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
            .filter(pool -> heapPools.contains(pool.getKey()))
            .mapToLong(pool -> pool.getValue().getUsed())
            .sum();
    peak.accumulateAndGet(before, Math::max);
  }

  /** The peak so far, in bytes. */
  long bytes() {
    return Math.max(peak.get(), used());
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    for (NotificationEmitter collector : collectors) {
      try {
        collector.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to stop
      }
    }
  }
}

package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * An electricity meter's reading in kWh, kept to the hundredth (as entered: more decimals are refused at input), with who
 * took it and when (MI-4.4, MO-2.2). The fixed scale makes a reading read back equal from any store.
 */
public record MeterReading(String meter, BigDecimal reading, Instant at, StaffId by) {
  public MeterReading {
    reading = reading == null ? null : reading.setScale(2, RoundingMode.HALF_UP);
  }
}

package app.tribune.newsletter.sending;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A copy of an issue rendered once by the templates with a marker where each of a reader's values
 * goes, then filled in for every reader: the template engine walks the page once per language
 * instead of once per recipient, which was a fifth of a send's processor time.
 *
 * <p>A marker is {@link #MARK}, the slot's number and {@link #MARK} again. U+FFFF is a
 * noncharacter, never in text a person typed, and HTML escaping leaves it alone. Should an issue
 * hold one all the same, {@link #of} finds the markers unpaired and declines.
 */
final class Stencil {

  static final char MARK = '\uFFFF';

  private final List<String> pieces;
  private final List<Integer> slots;
  // The pieces quoted-printable, each but the last ending where a value can start a line.
  private final List<byte[]> encodedPieces;

  private Stencil(List<String> pieces, List<Integer> slots) {
    this.pieces = pieces;
    this.slots = slots;
    List<byte[]> encoded = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      encoded.add(QuotedPrintable.encode(pieces.get(i), i < pieces.size() - 1));
    }
    this.encodedPieces = List.copyOf(encoded);
  }

  /** What to put in a template for slot {@code slot} when rendering a stencil. */
  static String marker(int slot) {
    return MARK + Integer.toString(slot) + MARK;
  }

  /**
   * Cuts {@code rendered} at its markers.
   *
   * @return the stencil, or empty when a mark has no partner or names no slot below {@code
   *     slotCount}
   */
  static Optional<Stencil> of(String rendered, int slotCount) {
    List<String> pieces = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    int from = 0;
    for (int open = rendered.indexOf(MARK); open >= 0; open = rendered.indexOf(MARK, from)) {
      int close = rendered.indexOf(MARK, open + 1);
      if (close < 0) {
        return Optional.empty();
      }
      int slot;
      try {
        slot = Integer.parseInt(rendered.substring(open + 1, close));
      } catch (NumberFormatException notOurs) {
        return Optional.empty();
      }
      if (slot < 0 || slot >= slotCount) {
        return Optional.empty();
      }
      pieces.add(rendered.substring(from, open));
      slots.add(slot);
      from = close + 1;
    }
    pieces.add(rendered.substring(from));
    return Optional.of(new Stencil(List.copyOf(pieces), List.copyOf(slots)));
  }

  /** The copy with {@code values[n]} wherever slot n's marker was, as given (already escaped). */
  String fill(String... values) {
    int length = 0;
    for (String piece : pieces) {
      length += piece.length();
    }
    StringBuilder copy = new StringBuilder(length + 64 * slots.size());
    for (int i = 0; i < slots.size(); i++) {
      copy.append(pieces.get(i)).append(values[slots.get(i)]);
    }
    return copy.append(pieces.get(pieces.size() - 1)).toString();
  }

  /** {@link #fill} already quoted-printable: only the values are encoded, the pieces were once. */
  byte[] fillEncoded(String... values) {
    byte[][] encodedValues = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      encodedValues[i] = QuotedPrintable.encode(values[i], true);
    }
    int length = 0;
    for (byte[] piece : encodedPieces) {
      length += piece.length;
    }
    for (int slot : slots) {
      length += encodedValues[slot].length;
    }
    byte[] copy = new byte[length];
    int at = 0;
    for (int i = 0; i < slots.size(); i++) {
      at = put(copy, at, encodedPieces.get(i));
      at = put(copy, at, encodedValues[slots.get(i)]);
    }
    put(copy, at, encodedPieces.get(encodedPieces.size() - 1));
    return copy;
  }

  private static int put(byte[] into, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, into, at, bytes.length);
    return at + bytes.length;
  }
}

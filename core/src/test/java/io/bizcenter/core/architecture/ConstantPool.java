package io.bizcenter.core.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the constant pool of one class file (JVMS 4.4) and answers every type it names: in class constants,
 * descriptors and generic signatures, and in annotations of every kind, type-use annotations included. ArchUnit
 * 1.5 does not import type-use annotations (TNG/ArchUnit#1382), so a {@code @Nullable String} field from
 * JSpecify would slip past a dependency rule built on ArchUnit alone; a class file cannot hide a type it names.
 */
final class ConstantPool {
  private static final int UTF8 = 1;
  private static final int CLASS = 7;
  private static final int STRING = 8;

  /** An object type in a descriptor or signature: {@code Lpackage/Name;} or {@code Lpackage/Name<...>;}. */
  private static final Pattern OBJECT_TYPE = Pattern.compile("L([^;<>()\\[\\s]+/[^;<>()\\[\\s/]+)[;<]");

  private ConstantPool() {}

  /** The binary names ({@code java.util.Map$Entry}) of every package-qualified type the class file names. */
  static Set<String> typesNamedIn(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    Map<Integer, String> texts = new HashMap<>();
    Set<Integer> classNames = new HashSet<>();
    Set<Integer> stringLiterals = new HashSet<>();
    for (int index = 1; index < count; index++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case UTF8 -> texts.put(index, in.readUTF());
        case CLASS -> classNames.add(in.readUnsignedShort());
        case STRING -> stringLiterals.add(in.readUnsignedShort());
        case 16, 19, 20 -> in.skipNBytes(2); // MethodType, Module, Package
        case 15 -> in.skipNBytes(3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
        case 5, 6 -> { // Long and Double take two entries
          in.skipNBytes(8);
          index++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + index);
      }
    }
    Set<String> types = new TreeSet<>();
    texts.forEach((index, text) -> {
      if (classNames.contains(index) && !text.startsWith("[")) {
        types.add(text.replace('/', '.'));
      } else if (!stringLiterals.contains(index)) { // a string literal is data, not a reference to a type
        Matcher type = OBJECT_TYPE.matcher(text);
        while (type.find()) {
          types.add(type.group(1).replace('/', '.'));
        }
      }
    });
    return types;
  }
}

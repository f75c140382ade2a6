using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CentralAsia.Domain.Tests.Architecture;

/// <summary>
/// Which of an assembly's own namespaces each of its namespaces uses, read from the compiled metadata with
/// <see cref="System.Reflection.Metadata"/>: base types, interfaces, field, method, property and local signatures,
/// generic constraints, every type, method and field token in the method bodies, and the <c>typeof</c> arguments
/// of custom attributes (recorded apart, as attribute edges, so that a rule can allow them by name).
/// </summary>
internal sealed class NamespaceDependencies
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private NamespaceDependencies(ImmutableArray<Dependency> edges) => Edges = edges;

    /// <summary>One use of a namespace by a type of another: <c>From</c> is the user's namespace and type.</summary>
    internal readonly record struct Dependency(string From, string To, string Type, bool ByAttribute);

    internal ImmutableArray<Dependency> Edges { get; }

    internal static NamespaceDependencies Of(Assembly assembly, string rootNamespace)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var edges = new List<Dependency>();
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            var from = NamespaceOf(md, handle);
            if (!from.StartsWith(rootNamespace, StringComparison.Ordinal))
            {
                continue;
            }

            var name = FullName(md, handle);
            var provider = new Collector(md);
            if (!type.BaseType.IsNil)
            {
                provider.AddEntity(type.BaseType);
            }

            foreach (var i in type.GetInterfaceImplementations())
            {
                provider.AddEntity(md.GetInterfaceImplementation(i).Interface);
            }

            foreach (var g in type.GetGenericParameters())
            {
                foreach (var c in md.GetGenericParameter(g).GetConstraints())
                {
                    provider.AddEntity(md.GetGenericParameterConstraint(c).Type);
                }
            }

            foreach (var f in type.GetFields())
            {
                md.GetFieldDefinition(f).DecodeSignature(provider, null);
            }

            foreach (var p in type.GetProperties())
            {
                md.GetPropertyDefinition(p).DecodeSignature(provider, null);
            }

            foreach (var m in type.GetMethods())
            {
                var method = md.GetMethodDefinition(m);
                method.DecodeSignature(provider, null);
                foreach (var g in method.GetGenericParameters())
                {
                    foreach (var c in md.GetGenericParameter(g).GetConstraints())
                    {
                        provider.AddEntity(md.GetGenericParameterConstraint(c).Type);
                    }
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                    if (!body.LocalSignature.IsNil)
                    {
                        md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
                    }

                    try
                    {
                        ScanIl(body.GetILReader(), provider);
                    }
                    catch (InvalidOperationException e)
                    {
                        throw new InvalidOperationException($"{name}.{md.GetString(method.Name)}: {e.Message}", e);
                    }
                }
            }

            var attributes = new Collector(md);
            foreach (var a in AttributesOf(md, type))
            {
                var attribute = md.GetCustomAttribute(a);
                attributes.AddEntity(attribute.Constructor);
                attributes.AddAttributeArguments(attribute);
            }

            edges.AddRange(provider.Namespaces.Where(n => n != from && n.StartsWith(rootNamespace, StringComparison.Ordinal)).Select(n => new Dependency(from, n, name, false)));
            edges.AddRange(attributes.Namespaces.Except(provider.Namespaces).Where(n => n != from && n.StartsWith(rootNamespace, StringComparison.Ordinal)).Select(n => new Dependency(from, n, name, true)));
        }

        return new NamespaceDependencies([.. edges.Distinct()]);
    }

    private static IEnumerable<CustomAttributeHandle> AttributesOf(MetadataReader md, TypeDefinition type)
    {
        foreach (var a in type.GetCustomAttributes())
        {
            yield return a;
        }

        foreach (var m in type.GetMethods())
        {
            foreach (var a in md.GetMethodDefinition(m).GetCustomAttributes())
            {
                yield return a;
            }
        }

        foreach (var p in type.GetProperties())
        {
            foreach (var a in md.GetPropertyDefinition(p).GetCustomAttributes())
            {
                yield return a;
            }
        }

        foreach (var f in type.GetFields())
        {
            foreach (var a in md.GetFieldDefinition(f).GetCustomAttributes())
            {
                yield return a;
            }
        }
    }

    private static void ScanIl(BlobReader il, Collector provider)
    {
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            if (!Operands.TryGetValue(code, out var operand))
            {
                throw new InvalidOperationException($"Unknown opcode 0x{code:X} at IL offset {il.Offset - 1}.");
            }

            switch (operand)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    provider.AddEntity(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }
    }

    private static string NamespaceOf(MetadataReader md, TypeDefinitionHandle handle)
    {
        var type = md.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil ? md.GetString(type.Namespace) : NamespaceOf(md, declaring);
    }

    private static string FullName(MetadataReader md, TypeDefinitionHandle handle)
    {
        var type = md.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil ? $"{md.GetString(type.Namespace)}.{md.GetString(type.Name)}" : $"{FullName(md, declaring)}+{md.GetString(type.Name)}";
    }

    /// <summary>Collects the namespaces of the assembly's own types that signatures and tokens name.</summary>
    private sealed class Collector(MetadataReader md) : ISignatureTypeProvider<int, object?>, ICustomAttributeTypeProvider<int>
    {
        private const int SystemTypeMarker = -2;

        internal HashSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

        internal void AddEntity(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Namespaces.Add(NamespaceOf(md, (TypeDefinitionHandle)handle));
                    break;
                case HandleKind.TypeSpecification:
                    md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    Namespaces.Add(NamespaceOf(md, md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()));
                    break;
                case HandleKind.FieldDefinition:
                    Namespaces.Add(NamespaceOf(md, md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()));
                    break;
                case HandleKind.MemberReference:
                    var member = md.GetMemberReference((MemberReferenceHandle)handle);
                    AddEntity(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    AddEntity(spec.Method);
                    spec.DecodeSignature(this, null);
                    break;
            }
        }

        // The decoder hands every typeof argument (a serialized type name) to GetTypeFromSerializedName.
        internal void AddAttributeArguments(CustomAttribute attribute)
        {
            try
            {
                _ = attribute.DecodeValue(this);
            }
            catch (BadImageFormatException)
            {
                // An argument of an enumeration type from another assembly cannot be decoded without it; such an argument names no type.
            }
        }

        public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Namespaces.Add(NamespaceOf(reader, handle));
            return 0;
        }

        // System.Type is a reference to another assembly; the attribute decoder asks IsSystemType to read typeof arguments.
        public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            return reader.StringComparer.Equals(type.Namespace, "System") && reader.StringComparer.Equals(type.Name, "Type") ? SystemTypeMarker : 0;
        }

        public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            return 0;
        }

        public int GetSZArrayType(int elementType) => 0;

        public int GetArrayType(int elementType, ArrayShape shape) => 0;

        public int GetByReferenceType(int elementType) => 0;

        public int GetPointerType(int elementType) => 0;

        public int GetPinnedType(int elementType) => 0;

        public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

        public int GetGenericMethodParameter(object? genericContext, int index) => 0;

        public int GetGenericTypeParameter(object? genericContext, int index) => 0;

        public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;

        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

        public int GetSystemType() => SystemTypeMarker;

        public int GetTypeFromSerializedName(string name)
        {
            var typeName = name.Split(',')[0];
            var generic = typeName.IndexOf('`', StringComparison.Ordinal);
            typeName = generic >= 0 ? typeName[..generic] : typeName;
            var nested = typeName.IndexOf('+', StringComparison.Ordinal);
            typeName = nested >= 0 ? typeName[..nested] : typeName;
            var dot = typeName.LastIndexOf('.');
            if (dot > 0)
            {
                Namespaces.Add(typeName[..dot]);
            }

            return 0;
        }

        public PrimitiveTypeCode GetUnderlyingEnumType(int type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(int type) => type == SystemTypeMarker;
    }
}
